import Foundation
import SkiffAPI

extension Time {
    /// `date` truncated to whole seconds: what a `Time` keeps once stored, so a status a
    /// controller computes equals the one it reads back and an unchanged status is not rewritten.
    init(wholeSecondsOf date: Date) {
        self.init(Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)))
    }
}
