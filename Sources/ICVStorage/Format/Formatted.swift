import Foundation
import ICVDomain

/// A type stored through a `RecordFormat`: a record, or a value inside one (a site's closure, a volunteer's vetting).
package protocol Formatted: JSONCodable, Sendable {
    static var format: RecordFormat<Self> { get }
}
