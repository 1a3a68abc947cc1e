import ICVDomain
import ICVStorage

/// How big a data folder to make, and from which seed.
public struct GeneratorOptions: Sendable, Equatable {
    /// The folder to write; it must not exist or be empty.
    public var out: String
    /// Financial years, ending with `lastYear`.
    public var years: Int = 1
    public var suites: Int = 200
    public var volunteers: Int = 1500
    public var seed: UInt64 = 1
    /// The newest financial year generated: 2025/26, the last one complete when this was written.
    public var lastYear = FinancialYear(startYear: 2025)

    public init(out: String, years: Int = 1, suites: Int = 200, volunteers: Int = 1500, seed: UInt64 = 1) {
        self.out = out
        self.years = years
        self.suites = suites
        self.volunteers = volunteers
        self.seed = seed
    }

    public static let usage = """
        Usage: icv-generate --out DIR [--years N] [--suites N] [--volunteers N] [--seed N]

        Writes a national-scale icv data folder, through the same store code as icv, for benchmarks.
          --out DIR        the folder to create; it must not exist or be empty
          --years N        financial years ending with 2025/26 (default 1; 10 is 2016/17 to 2025/26)
          --suites N       custody suites (default 200); about one kennels per 40 suites is added
          --volunteers N   volunteers on the register (default 1500)
          --seed N         the same seed always writes the same files (default 1)
        """

    /// The financial years generated, oldest first.
    public var financialYears: [FinancialYear] {
        (0..<years).map { FinancialYear(startYear: lastYear.startYear - years + 1 + $0) }
    }

    public var firstDay: LocalDate { FinancialYear(startYear: lastYear.startYear - years + 1).first }
    public var lastDay: LocalDate { lastYear.last }

    /// Reads the command line (without the program name); `--help` gives nil.
    public static func parse(_ arguments: [String]) throws(GeneratorError) -> GeneratorOptions? {
        var values: [String: String] = [:]
        var index = 0
        while index < arguments.count {
            let flag = arguments[index]
            if flag == "--help" || flag == "-h" { return nil }
            guard ["--out", "--years", "--suites", "--volunteers", "--seed"].contains(flag) else {
                throw .usage("error: unknown argument '\(flag)'.")
            }
            guard index + 1 < arguments.count else { throw .usage("error: \(flag) needs a value.") }
            values[String(flag.dropFirst(2))] = arguments[index + 1]
            index += 2
        }
        guard let out = values["out"], !out.isEmpty else { throw .usage("error: give the folder to write with --out DIR.") }
        var options = GeneratorOptions(out: out)
        options.years = try number(values, "years", default: 1, in: 1...50)
        options.suites = try number(values, "suites", default: 200, in: 1...5000)
        options.volunteers = try number(values, "volunteers", default: 1500, in: 10...100_000)
        if let text = values["seed"] {
            guard let seed = UInt64(text) else { throw .usage("error: --seed \(text) is not a whole number 0 or more.") }
            options.seed = seed
        }
        return options
    }

    private static func number(_ values: [String: String], _ name: String, default value: Int,
                               in range: ClosedRange<Int>) throws(GeneratorError) -> Int {
        guard let text = values[name] else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw .usage("error: --\(name) \(text) is not a whole number from \(range.lowerBound) to \(range.upperBound).")
        }
        return number
    }
}
