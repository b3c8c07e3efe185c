import Foundation

/// Where Skiff keeps its data when not told: `$XDG_STATE_HOME/skiff` or `~/.local/state/skiff`.
enum StateDirectory {
    static var `default`: String {
        let environment = ProcessInfo.processInfo.environment
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty { return state + "/skiff" }
        return NSHomeDirectory() + "/.local/state/skiff"
    }
}
