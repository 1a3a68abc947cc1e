import Foundation

extension VersionedFile {
    /// Decodes one data file's bytes: the schema version first, then the body; every failure is a `StoreError` naming `path`,
    /// so a caller can read file after file and collect what is wrong with each (`icv check`).
    static func decodeBody(from data: Data, path: String) throws(StoreError) -> Body {
        do {
            return try JSONCoding.decode(VersionedFile<Body>.self, from: data, path: path).body
        } catch let newer as NewerSchema {
            throw StoreError.newerSchema(path: path, version: newer.version)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.invalidContent(path: path, field: "(top)", problem: "\(error)")
        }
    }
}
