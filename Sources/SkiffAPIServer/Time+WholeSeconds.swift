import Foundation
import SkiffAPI

extension Time {
    /// `date` truncated to whole seconds: what a `Time` keeps once serialised, so an object the
    /// server returns equals the one it stored.
    init(wholeSecondsOf date: Date) {
        self.init(Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)))
    }
}
