import Foundation
import ICVDomain

/// A data file that holds one value beside its `schemaVersion` (`scheme.json`, `ids.json`): read and written through the
/// value's format, whose fields are the file's own.
package enum StoredDocument {
    package static func read<Body: Formatted>(_ data: Data, path: String, as type: Body.Type) throws(StoreError) -> Body {
        try JSONCoding.readFile(data, path: path) { reader in
            var version = SchemaVersionField()
            let body = try Body.format.read(&reader) { reader, key in try version.read(&reader, key) }
            try version.check()
            return body
        }
    }

    package static func text<Body: Formatted>(_ body: Body) -> Data {
        guard case .object(let pairs) = body.json else { return body.json.prettyText }
        return JSONValue.object(pairs + [SchemaVersionField.written]).prettyText
    }
}
