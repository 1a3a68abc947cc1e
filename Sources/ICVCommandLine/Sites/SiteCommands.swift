import Foundation
import ICVDomain
import ICVStorage

/// `icv site …`: the custody suites and kennels, their targets and closures.
enum SiteCommands {
    static let all = [add, target, close, list, show]

    static let add = Command(CommandSpec(
        ["site", "add"], arguments: ["NAME"],
        options: [
            .value("kind", "custody-suite|kennels", "What the site is.", required: true),
            .value("target", "N/week|N/fortnight|N/month", "Visits due (default: 1/week for a custody suite, 1/month for kennels)."),
            .flag("occasional", "The site opens only at times: it has no target, its visits are still counted."),
            .value("opened", "DATE", "The day the site joined the scheme; no visit is due before it."),
        ],
        summary: "Add a custody suite or kennels to the scheme.",
        discussion: "The site's id is made from its name: \"Euston Street\" becomes euston-street.",
        examples: ["icv site add \"Euston Street\" --kind custody-suite",
                   "icv site add Wigston --kind custody-suite --occasional",
                   "icv site add \"Dog Unit\" --kind kennels --target 1/month"]
    )) { invocation in
        let arguments = invocation.arguments
        let name = arguments.positionals[0].trimmingCharacters(in: .whitespaces)
        let slug = Site.slug(for: name)
        guard !slug.isEmpty else {
            throw ValidationError.rule("'\(name)' cannot name a site: give a name with letters or digits, such as \"Euston Street\".")
        }
        let kind = try arguments.required("kind") { try arguments.choice($0, as: Site.Kind.self) }
        var scheme = try invocation.ledger.scheme()
        if let existing = scheme.sites.first(where: { $0.id == slug || $0.name.lowercased() == name.lowercased() }) {
            throw ValidationError.rule("There is already a site \(existing.name) (\(existing.id)). Give the new site a different name.")
        }
        let occasional = arguments.has("occasional")
        var target: Target? = kind == .custodySuite ? Target(visits: 1, period: .week) : Target(visits: 1, period: .month)
        if let text = arguments.string("target") {
            guard !occasional else {
                throw ValidationError.rule("An occasional site has no standing target. Leave out --target, or --occasional; a target for a while is set with `icv site target`.")
            }
            target = try parseTarget(text)
        }
        let site = Site(id: slug, name: name, kind: kind, target: occasional ? nil : target, occasional: occasional,
                        opened: try arguments.date("opened"))
        scheme.sites.append(site)
        scheme.sites.sort { $0.name.lowercased() < $1.name.lowercased() }
        invocation.ledger.touch(site.id)
        invocation.ledger.save(scheme)
        let targetText = site.target.map { "target \($0)" } ?? "occasional, no target"
        return CommandOutput(text: "Added \(site.name) (\(site.id)): \(kind.label), \(targetText).", records: site)
    }

    static let target = Command(CommandSpec(
        ["site", "target"], arguments: ["SITE", "TARGET"],
        options: [
            .value("from", "DATE", "The first day the target applies.", required: true),
            .value("to", "DATE", "The last day it applies (default: from then on)."),
        ],
        summary: "Set a different target for a site over a period (TARGET: N/week, N/fortnight or N/month).",
        discussion: "Where rules overlap, the one with the latest --from wins. Weekly and fortnightly targets are judged week by week, monthly targets by calendar month; a site keeps one of the two.",
        examples: ["icv site target euston-street 1/fortnight --from 2021-04-01 --to 2021-06-30"]
    )) { invocation in
        let arguments = invocation.arguments
        var scheme = try invocation.ledger.scheme()
        var site = try Lookup.site(arguments.positionals[0], in: scheme)
        let target = try parseTarget(arguments.positionals[1])
        let range = try dateRange(arguments)
        guard target.period.isWeekly == site.isJudgedWeekly else {
            let unit = site.isJudgedWeekly ? "weeks, so give N/week or N/fortnight" : "calendar months, so give N/month"
            throw ValidationError.rule("\(site.name)'s targets are judged by \(unit).")
        }
        site.targetRules.append(Site.TargetRule(target: target, from: range.from, to: range.to))
        replace(site, in: &scheme)
        invocation.ledger.touch(site.id)
        invocation.ledger.save(scheme)
        return CommandOutput(text: "\(site.name): target \(target) \(describe(range)).", records: site)
    }

    static let close = Command(CommandSpec(
        ["site", "close"], arguments: ["SITE"],
        options: [
            .value("from", "DATE", "The first day the site is closed.", required: true),
            .value("to", "DATE", "The last day it is closed (default: closed from then on)."),
            .value("reason", "TEXT", "Why, for the record (a refurbishment, say)."),
        ],
        summary: "Record that a site is closed (no visits can be made, none are due).",
        examples: ["icv site close keyham-lane --from 2014-11-03 --to 2014-12-14 --reason \"Cell block refurbishment\""]
    )) { invocation in
        let arguments = invocation.arguments
        var scheme = try invocation.ledger.scheme()
        var site = try Lookup.site(arguments.positionals[0], in: scheme)
        let range = try dateRange(arguments)
        let closure = Site.Closure(from: range.from, to: range.to, reason: arguments.text("reason"))
        let visitDates = try visitDates(of: site, ledger: invocation.ledger)
        if let clash = visitDates.first(where: { closure.covers($0.date) }) {
            throw ValidationError.rule("\(clash.id) records a visit to \(site.name) on \(clash.date.prose), inside that closure. Check the dates, or the visit with `icv \(site.kind == .kennels ? "kennel list" : "visit show \(clash.id)")`.")
        }
        site.closures.append(closure)
        site.closures.sort { $0.from < $1.from }
        replace(site, in: &scheme)
        invocation.ledger.touch(site.id)
        invocation.ledger.save(scheme)
        let reason = closure.reason.map { " (\($0))" } ?? ""
        return CommandOutput(text: "\(site.name): closed \(describe(range))\(reason).", records: site)
    }

    static let list = Command(CommandSpec(
        ["site", "list"],
        summary: "List the sites with their targets and whether each is open today.",
        examples: ["icv site list"]
    )) { invocation in
        let scheme = try invocation.ledger.scheme()
        let today = try invocation.today()
        var table = Table(["ID", "NAME", "KIND", "TARGET", "TODAY"])
        for site in scheme.sites {
            table.add([site.id, site.name, site.kind.label, site.target(on: today)?.description ?? "occasional",
                       openState(site, on: today)])
        }
        let empty = "No sites yet. Add one with: icv site add \"Euston Street\" --kind custody-suite"
        return CommandOutput(text: table.listing("site", whenEmpty: empty), records: scheme.sites)
    }

    static let show = Command(CommandSpec(
        ["site", "show"], arguments: ["SITE"],
        summary: "Show a site's targets, closures and visits.",
        examples: ["icv site show euston-street"]
    )) { invocation in
        let site = try Lookup.site(invocation.arguments.positionals[0], in: try invocation.ledger.scheme())
        let today = try invocation.today()
        let visits = try visitDates(of: site, ledger: invocation.ledger)
        var lines = [
            "\(site.name) (\(site.id))",
            "Kind:       \(site.kind.label)",
            "Target:     \(site.target?.description ?? "none (occasional)")",
        ]
        if let opened = site.opened {
            lines.append("Opened:     \(opened.prose)")
        }
        lines.append("Today:      \(openState(site, on: today))")
        lines.append("Visits:     \(visits.count)" + (visits.map(\.date).max().map { ", the last on \($0.prose)" } ?? ""))
        if !site.targetRules.isEmpty {
            lines.append("\nTarget rules:")
            lines += site.targetRules.map { "  \($0.target) \(describe((from: $0.from, to: $0.to)))" }
        }
        if !site.closures.isEmpty {
            lines.append("\nClosures:")
            lines += site.closures.map { closure in
                "  \(describe((from: closure.from, to: closure.to)))" + (closure.reason.map { ": \($0)" } ?? "")
            }
        }
        return CommandOutput(text: lines.joined(separator: "\n"), records: site)
    }

    // MARK: - Helpers

    /// A target as typed, or the rejection saying what a target looks like.
    static func parseTarget(_ text: String) throws(ValidationError) -> Target {
        do {
            return try Target(parsing: text)
        } catch {
            switch error {
            case .notATarget:
                throw .invalidValue(flag: "target", value: text, expected: "a target such as 1/week, 1/fortnight or 1/month")
            case .unknownPeriod:
                throw .invalidValue(flag: "target", value: text, expected: "a period of week, fortnight or month, as in 1/week")
            case .tooFewVisits(let count, let period):
                throw .rule("A target of \(count) visits is not a target. Give at least 1, as in 1/\(period.rawValue); to stop visits, close the site with `icv site close`.")
            }
        }
    }

    /// `--from` and optional `--to`, with `--to` not before `--from`.
    static func dateRange(_ arguments: ParsedArguments) throws -> (from: LocalDate, to: LocalDate?) {
        let from = try arguments.required("from") { try arguments.date($0) }
        let to = try arguments.date("to")
        if let to, to < from {
            throw ValidationError.rule("--to \(to) is before --from \(from). Give the first day with --from and the last with --to.")
        }
        return (from, to)
    }

    /// `from 1 April 2021 to 30 June 2021`, or `from 1 April 2021 on`.
    static func describe(_ range: (from: LocalDate, to: LocalDate?)) -> String {
        range.to.map { "from \(range.from.prose) to \($0.prose)" } ?? "from \(range.from.prose) on"
    }

    static func openState(_ site: Site, on date: LocalDate) -> String {
        if let opened = site.opened, date < opened { return "opens \(opened.prose)" }
        guard let closure = site.closure(on: date) else { return "open" }
        return closure.to.map { "closed until \($0.prose)" } ?? "closed"
    }

    static func replace(_ site: Site, in scheme: inout Scheme) {
        scheme.sites = scheme.sites.map { $0.id == site.id ? site : $0 }
    }

    /// The id and date of every visit to the site, custody or kennel, across all years.
    static func visitDates(of site: Site, ledger: Ledger) throws -> [(id: String, date: LocalDate)] {
        switch site.kind {
        case .custodySuite:
            try ledger.allRecords(.visits).filter { $0.site == site.id }.map { ($0.id.description, $0.date) }
        case .kennels:
            try ledger.allRecords(.kennelInspections).filter { $0.site == site.id }.map { ($0.id.description, $0.date) }
        }
    }
}
