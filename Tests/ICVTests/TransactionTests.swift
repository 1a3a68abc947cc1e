import Foundation
import Testing
@testable import ICVDomain
@testable import ICVStorage
@testable import ICVCommandLine
import ICVTestSupport

/// A command that changes several files lands whole or not at all, whatever point it stops at.
@Suite struct TransactionTests {
    private static let year = FinancialYear(startYear: 2014)

    /// A store holding a scheme and one volunteer, with nothing pending.
    private func startedStore() throws -> MemoryStore {
        let store = MemoryStore()
        let ledger = Ledger(store: store)
        ledger.save(Scheme(name: "S", timeZone: "Europe/London"))
        ledger.startIDCounters()
        try ledger.commit(as: "init", at: InProcessICV.defaultNow, undoable: false)
        return store
    }

    /// Stages a visit and a request for it: three files (ids, visits, requests) that must land together.
    private func stageVisitAndRequest(in ledger: Ledger) throws {
        let visitID = try ledger.nextID(CustodyVisit.self)
        let visit = CustodyVisit(id: visitID, site: "s", date: try #require(LocalDate("2014-05-02")),
                                 times: VisitTimes(arrived: try #require(TimeOfDay("10:00")), left: try #require(TimeOfDay("11:00")), admitted: nil),
                                 delayReason: nil, visitors: [VolunteerID(1), VolunteerID(2)],
                                 counts: DetaineeCounts(inCustody: 1, notAvailable: 0, offered: 1, spokenTo: 1), notes: nil)
        ledger.save([visit], .visits, in: Self.year)
        let request = DetaineeRequest(id: try ledger.nextID(DetaineeRequest.self), visit: visitID, category: .blankets,
                                      detail: nil, status: .resolvedAtVisit)
        ledger.save([request], .requests, in: Self.year)
    }

    @Test("a crash at any step of a commit leaves, once recovered, either none of the change or all of it",
          arguments: CommitPoint.allCases)
    func crashAtEveryStep(point: CommitPoint) throws {
        let store = try startedStore()
        let before = store.files
        var crashed: [String: Data]?
        store.onReached = { reached, files in
            if reached == point { crashed = files }
        }
        let ledger = Ledger(store: store)
        try stageVisitAndRequest(in: ledger)
        try ledger.commit(as: "visit log", at: InProcessICV.defaultNow, undoable: true)
        let after = store.files
        #expect(after.keys.contains(".undo/1/entry.json"))

        let leftByCrash = MemoryStore(files: try #require(crashed))
        try Ledger.recover(leftByCrash)
        if point == .temporariesWritten {
            #expect(leftByCrash.files == before, "a crash before the journal leaves the folder as it was")
        } else {
            #expect(leftByCrash.files == after, "a crash after the journal is finished by the next command")
        }
        #expect(!leftByCrash.files.keys.contains { $0.hasSuffix(".tmp") || $0 == ".journal" })
        let auditLines = String(decoding: leftByCrash.files["audit.jsonl"] ?? Data(), as: UTF8.self).split(separator: "\n")
        #expect(auditLines.count == (point == .temporariesWritten ? 1 : 2), "the audit line is added exactly once")
    }

    @Test("recovering twice, as after a crash during recovery, changes nothing more")
    func recoverTwice() throws {
        let store = try startedStore()
        var crashed: [String: Data]?
        store.onReached = { reached, files in
            if reached == .firstFileMoved { crashed = files }
        }
        let ledger = Ledger(store: store)
        try stageVisitAndRequest(in: ledger)
        try ledger.commit(as: "visit log", at: InProcessICV.defaultNow, undoable: true)
        let leftByCrash = MemoryStore(files: try #require(crashed))
        try Ledger.recover(leftByCrash)
        try Ledger.recover(leftByCrash)
        #expect(leftByCrash.files == store.files)
    }

    @Test("a write that fails before the journal (a full disk) leaves every file as it was and no temporary behind",
          arguments: [0, 1, 2, 3])
    func failureBeforeJournal(temporariesAllowed: Int) throws {
        let inner = try startedStore()
        let before = inner.files
        let store = FaultyStore(inner, temporariesAllowed: temporariesAllowed)
        let ledger = Ledger(store: store)
        try stageVisitAndRequest(in: ledger)
        #expect(throws: StoreError.ioFailure(path: "fault", problem: "No space left on device")) {
            try ledger.commit(as: "visit log", at: InProcessICV.defaultNow, undoable: true)
        }
        #expect(inner.files == before, "no temporary, journal or undo entry is left, even before the next command")
    }

    @Test("a move that fails after the journal says the next command will finish it, and the next command does")
    func failureAfterJournal() throws {
        let inner = try startedStore()
        let store = FaultyStore(inner, temporariesAllowed: .max, failMoves: true)
        let ledger = Ledger(store: store)
        try stageVisitAndRequest(in: ledger)
        #expect(throws: StoreError.unfinishedCommit(folder: "memory", path: "fault", problem: "No space left on device")) {
            try ledger.commit(as: "visit log", at: InProcessICV.defaultNow, undoable: true)
        }
        #expect(inner.files[".journal"] != nil)
        try Ledger.recover(inner)
        let reread = Ledger(store: inner)
        #expect(try reread.records(.visits, in: Self.year).map(\.id) == [CustodyVisitID(1)])
        #expect(try reread.records(.requests, in: Self.year).map(\.id) == [RequestID(1)])
        #expect(inner.files[".journal"] == nil)
    }

    @Test("a file staged with the bytes it already has is not written, and a command that changes nothing leaves no trace")
    func unchangedIsNotWritten() throws {
        let store = try startedStore()
        let before = store.files
        let ledger = Ledger(store: store)
        ledger.save(try ledger.scheme())
        try ledger.commit(as: "site add", at: InProcessICV.defaultNow, undoable: true)
        #expect(store.files == before)
    }
}

/// A store that fails after a number of temporary files, or on every move, like a disk that fills or turns read-only.
private final class FaultyStore: Store {
    let inner: MemoryStore
    var temporariesAllowed: Int
    let failMoves: Bool

    init(_ inner: MemoryStore, temporariesAllowed: Int, failMoves: Bool = false) {
        self.inner = inner
        self.temporariesAllowed = temporariesAllowed
        self.failMoves = failMoves
    }

    private var fault: StoreError { .ioFailure(path: "fault", problem: "No space left on device") }

    var location: String { inner.location }
    func isInitialised() -> Bool { inner.isInitialised() }
    func read(_ path: String) throws -> Data? { try inner.read(path) }
    func signature(of path: String) throws -> String? { try inner.signature(of: path) }
    func writeTemporary(_ data: Data, beside path: String) throws -> String {
        guard temporariesAllowed > 0 else { throw fault }
        temporariesAllowed -= 1
        return try inner.writeTemporary(data, beside: path)
    }
    func move(_ source: String, to target: String) throws {
        // The journal itself must land for the failure to fall after it.
        if failMoves, target != ".journal" { throw fault }
        try inner.move(source, to: target)
    }
    func remove(_ path: String) throws { try inner.remove(path) }
    func append(_ data: Data, to path: String) throws { try inner.append(data, to: path) }
    func preserve(_ path: String, at copy: String) throws -> Bool { try inner.preserve(path, at: copy) }
    func names(in folder: String, hidden: Bool) throws -> [String] { try inner.names(in: folder, hidden: hidden) }
    func createNewFolder() throws {}
    func hasSymbolicLink(on path: String) -> Bool { false }
    func withExclusiveLock<T>(_ body: () throws -> T) throws -> T { try body() }
    func withLockOnNewFolder<T>(_ body: () throws -> T) throws -> T { try body() }
    func reached(_ point: CommitPoint) throws {}
}
