import Testing
@testable import ICVDomain
@testable import ICVStorage
@testable import ICVCommandLine

@Suite struct LocalDateTests {
    @Test("parses valid dates", arguments: [
        ("2014-05-02", 2014, 5, 2), ("2016-02-29", 2016, 2, 29), ("2000-02-29", 2000, 2, 29), ("1999-12-31", 1999, 12, 31),
    ])
    func parses(text: String, year: Int, month: Int, day: Int) throws {
        let date = try #require(LocalDate(text))
        #expect((date.year, date.month, date.day) == (year, month, day))
        #expect(date.description == text)
    }

    @Test("rejects what is not a real YYYY-MM-DD date", arguments: [
        "2014-13-01", "2014-02-30", "2015-02-29", "1900-02-29", "2014-5-2", "02/05/2014", "2014-05-02T10:00", "", "yesterday", "2014-05-0x",
    ])
    func rejects(text: String) {
        #expect(LocalDate(text) == nil)
    }

    @Test("day numbers count from 1970 and convert back", arguments: [
        ("1970-01-01", 0), ("1970-01-02", 1), ("1969-12-31", -1), ("2000-03-01", 11_017), ("2014-05-02", 16_192),
    ])
    func dayNumbers(text: String, number: Int) throws {
        let date = try #require(LocalDate(text))
        #expect(date.dayNumber == number)
        #expect(LocalDate(dayNumber: number) == date)
    }

    @Test("knows the day of the week", arguments: [
        ("2014-05-02", Weekday.friday), ("1970-01-01", .thursday), ("2015-03-29", .sunday), ("2014-04-07", .monday),
        ("1969-12-29", .monday),
    ])
    func weekday(text: String, weekday: Weekday) throws {
        #expect(try #require(LocalDate(text)).weekday == weekday)
    }

    @Test("the financial year runs 1 April to 31 March", arguments: [
        ("2014-04-01", 2014), ("2015-03-31", 2014), ("2014-03-31", 2013), ("2014-12-25", 2014),
    ])
    func financialYear(text: String, startYear: Int) throws {
        #expect(try #require(LocalDate(text)).financialYear == FinancialYear(startYear: startYear))
    }

    @Test("adding months keeps the day where it exists", arguments: [
        ("2014-08-31", 6, "2015-02-28"), ("2015-08-31", 6, "2016-02-29"), ("2014-05-12", 6, "2014-11-12"), ("2014-11-30", 3, "2015-02-28"),
    ])
    func addingMonths(start: String, months: Int, expected: String) throws {
        #expect(try #require(LocalDate(start)).adding(months: months).description == expected)
    }

    @Test("whole years count only anniversaries passed", arguments: [
        ("1991-09-16", "2015-03-31", 23), ("1991-03-31", "2015-03-31", 24), ("1991-04-01", "2015-03-31", 23),
    ])
    func wholeYears(from: String, to: String, years: Int) throws {
        #expect(try #require(LocalDate(from)).wholeYears(until: try #require(LocalDate(to))) == years)
    }

    @Test("prose dates read as 2 May 2014")
    func prose() throws {
        let date = try #require(LocalDate("2014-05-02"))
        #expect(date.prose == "2 May 2014")
        #expect(date.proseWithWeekday == "Fri 2 May 2014")
    }
}

@Suite struct TimeOfDayTests {
    @Test("parses 24-hour times", arguments: [("19:40", 1180), ("00:00", 0), ("23:59", 1439), ("9:05", 545)])
    func parses(text: String, minutes: Int) throws {
        #expect(try #require(TimeOfDay(text)).minutes == minutes)
    }

    @Test("rejects what is not HH:MM", arguments: ["24:00", "19:60", "1940", "7pm", "19:4", "", "-1:00", "19:40:00"])
    func rejects(text: String) {
        #expect(TimeOfDay(text) == nil)
    }

    @Test("minutes until a later time go past midnight when it is earlier", arguments: [
        ("19:40", "21:05", 85), ("23:20", "00:35", 75), ("10:00", "10:00", 0), ("00:10", "23:50", 1420),
    ])
    func minutesUntil(from: String, to: String, minutes: Int) throws {
        #expect(try #require(TimeOfDay(from)).minutes(until: try #require(TimeOfDay(to))) == minutes)
    }
}

@Suite struct FinancialYearTests {
    @Test("parses 2014 and 2014/15", arguments: [("2014", 2014), ("2014/15", 2014), ("1999/00", 1999)])
    func parses(text: String, start: Int) {
        #expect(FinancialYear(text) == FinancialYear(startYear: start))
    }

    @Test("rejects a second year that does not follow", arguments: ["2014/16", "14/15", "2014-15", "year", "2014/2015"])
    func rejects(text: String) {
        #expect(FinancialYear(text) == nil)
    }

    @Test("is written 2014/15 in reports and 2014-15 in file names")
    func names() {
        let year = FinancialYear(startYear: 2014)
        #expect(year.description == "2014/15")
        #expect(year.fileStem == "2014-15")
        #expect(year.first.description == "2014-04-01")
        #expect(year.last.description == "2015-03-31")
    }
}

@Suite struct SuggestionTests {
    @Test("edit distance counts single-letter changes", arguments: [
        ("arrived", "arived", 1), ("notes", "note", 1), ("site", "site", 0), ("", "abc", 3), ("visitors", "vistors", 1),
        ("date", "left", 4),
    ])
    func distance(first: String, second: String, expected: Int) {
        #expect(ParsedArguments.editDistance(first, second) == expected)
    }
}
