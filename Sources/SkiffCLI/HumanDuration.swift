import Foundation
import SkiffAPI

/// kubectl's AGE: `k8s.io/apimachinery/pkg/util/duration.HumanDuration`, about two significant
/// figures: `45s`, `119s`, `2m`, `9m59s`, `10m`, `179m`, `3h`, `7h59m`, `8h`, `47h`, `2d`, `7d23h`,
/// `8d`, `729d`, `2y`, `7y364d`, `8y`. A small negative skew (down to -1s) reads `0s`; more is
/// `<invalid>`.
public enum HumanDuration {
    /// The text for an interval in seconds (fractions are truncated, as Go's `int(d.Seconds())`).
    public static func format(_ interval: TimeInterval) -> String {
        let seconds = Int(interval.rounded(.towardZero))
        if seconds < -1 { return "<invalid>" }
        if seconds < 0 { return "0s" }
        if seconds < 60 * 2 { return "\(seconds)s" }
        let minutes = seconds / 60
        if minutes < 10 {
            let rest = seconds % 60
            return rest == 0 ? "\(minutes)m" : "\(minutes)m\(rest)s"
        }
        if minutes < 60 * 3 { return "\(minutes)m" }
        let hours = seconds / 3600
        if hours < 8 {
            let rest = minutes % 60
            return rest == 0 ? "\(hours)h" : "\(hours)h\(rest)m"
        }
        if hours < 48 { return "\(hours)h" }
        if hours < 24 * 8 {
            let rest = hours % 24
            return rest == 0 ? "\(hours / 24)d" : "\(hours / 24)d\(rest)h"
        }
        if hours < 24 * 365 * 2 { return "\(hours / 24)d" }
        if hours < 24 * 365 * 8 {
            let days = (hours / 24) % 365
            return days == 0 ? "\(hours / 24 / 365)y" : "\(hours / 24 / 365)y\(days)d"
        }
        return "\(hours / 24 / 365)y"
    }

    /// kubectl's `translateTimestampSince`: the age of `timestamp` at `now`, `<unknown>` when unset.
    public static func since(_ timestamp: SkiffAPI.Time?, now: Date) -> String {
        guard let timestamp else { return "<unknown>" }
        return format(now.timeIntervalSince(timestamp.date))
    }
}
