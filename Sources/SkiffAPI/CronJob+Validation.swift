import Foundation

// Validation of CronJobs, after Kubernetes' `ValidateCronJobCreate` and `ValidateCronJobSpec`.

extension CronJob {
    /// Job names get an 11-character suffix, and a job name must stay a 63-character label.
    static let maximumNameLength = 52

    public func validate() -> [FieldError] {
        let path = FieldPath("spec")
        var errors = metadata.validate(isNamespaced: true)
        if let name = metadata.name, name.utf8.count > Self.maximumNameLength {
            errors.append(.invalid(FieldPath("metadata").child("name"), name, "must be no more than 52 characters"))
        }
        let spec = spec ?? CronJobSpec()
        if spec.schedule.isEmpty {
            errors.append(.required(path.child("schedule")))
        } else {
            errors += CronSchedule.problems(spec.schedule).map { .invalid(path.child("schedule"), spec.schedule, $0) }
        }
        if let timeZone = spec.timeZone {
            if timeZone.caseInsensitiveCompare("Local") == .orderedSame {
                errors.append(.invalid(path.child("timeZone"), timeZone, "timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones"))
            } else if TimeZone(identifier: timeZone) == nil {
                errors.append(.invalid(path.child("timeZone"), timeZone, "unknown time zone \(timeZone)"))
            }
        }
        errors += FieldChecks.known(spec.concurrencyPolicy, at: path.child("concurrencyPolicy"))
        errors += FieldChecks.nonNegative(spec.startingDeadlineSeconds, at: path.child("startingDeadlineSeconds"))
        errors += FieldChecks.nonNegative(spec.successfulJobsHistoryLimit, at: path.child("successfulJobsHistoryLimit"))
        errors += FieldChecks.nonNegative(spec.failedJobsHistoryLimit, at: path.child("failedJobsHistoryLimit"))
        let templatePath = path.child("jobTemplate")
        errors += spec.jobTemplate.metadata?.validateAsTemplate(at: templatePath.child("metadata")) ?? []
        errors += (spec.jobTemplate.spec ?? JobSpec()).validateWithoutSelector(at: templatePath.child("spec"))
        return errors
    }

    public func validateUpdate(from old: CronJob) -> [FieldError] {
        metadata.validateUpdate(from: old.metadata)
    }
}

/// The syntax of a standard cron schedule: five fields (minute, hour, day of month, month, day
/// of week) or a descriptor such as `@hourly`. Only syntax and ranges are checked here; the
/// CronJob controller computes the times.
enum CronSchedule {
    static let descriptors: Set<String> = ["@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"]
    static let fieldRanges: [ClosedRange<Int>] = [0...59, 0...23, 1...31, 1...12, 0...7]
    static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let dayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]

    static func problems(_ schedule: String) -> [String] {
        if schedule.contains("TZ") {
            return ["cannot use TZ or CRON_TZ in schedule, use timeZone field instead"]
        }
        let trimmed = schedule.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("@") {
            if descriptors.contains(trimmed) || trimmed.hasPrefix("@every ") { return [] }
            return ["unrecognized descriptor: \(trimmed)"]
        }
        let fields = trimmed.split(whereSeparator: \.isWhitespace)
        guard fields.count == 5 else {
            return ["expected exactly 5 fields, found \(fields.count): \(trimmed)"]
        }
        for (index, field) in fields.enumerated() where !isValid(field, index: index) {
            return ["invalid field \"\(field)\" in \(trimmed)"]
        }
        return []
    }

    private static func isValid(_ field: Substring, index: Int) -> Bool {
        field.split(separator: ",", omittingEmptySubsequences: false).allSatisfy { part in
            let stepParts = part.split(separator: "/", omittingEmptySubsequences: false)
            guard stepParts.count <= 2 else { return false }
            if stepParts.count == 2 && (Int(stepParts[1]) ?? 0) <= 0 { return false }
            let range = stepParts[0]
            if range == "*" || range == "?" { return true }
            let bounds = range.split(separator: "-", omittingEmptySubsequences: false)
            guard (1...2).contains(bounds.count) else { return false }
            return bounds.allSatisfy { value(of: $0, index: index) != nil }
        }
    }

    private static func value(of text: Substring, index: Int) -> Int? {
        let lowercased = text.lowercased()
        if index == 3, let month = monthNames.firstIndex(of: lowercased) { return month + 1 }
        if index == 4, let day = dayNames.firstIndex(of: lowercased) { return day }
        guard let number = Int(text), fieldRanges[index].contains(number) else { return nil }
        return number
    }
}
