import Foundation
import ICVDomain

/// A value that is written as JSON: in a data file, or in a command's `--json` output.
package protocol JSONWritable {
    var json: JSONValue { get }
}
