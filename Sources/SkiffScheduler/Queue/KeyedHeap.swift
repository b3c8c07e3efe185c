/// A binary min-heap of values with string keys, supporting update and removal by key in
/// O(log n): the shape of kube-scheduler's `heap.Heap` behind activeQ and backoffQ.
struct KeyedHeap<Element> {
    private var elements: [Element] = []
    private var positions: [String: Int] = [:]
    private let keyOf: (Element) -> String
    private let isOrderedBefore: (Element, Element) -> Bool

    init(key: @escaping (Element) -> String, isOrderedBefore: @escaping (Element, Element) -> Bool) {
        self.keyOf = key
        self.isOrderedBefore = isOrderedBefore
    }

    var count: Int { elements.count }
    var isEmpty: Bool { elements.isEmpty }
    var first: Element? { elements.first }
    /// Every element, in no particular order.
    var unordered: [Element] { elements }

    func contains(_ key: String) -> Bool { positions[key] != nil }

    func get(_ key: String) -> Element? { positions[key].map { elements[$0] } }

    /// Inserts `element`, or replaces the element with its key.
    mutating func upsert(_ element: Element) {
        let key = keyOf(element)
        if let index = positions[key] {
            elements[index] = element
            siftUp(siftDown(index))
        } else {
            elements.append(element)
            positions[key] = elements.count - 1
            siftUp(elements.count - 1)
        }
    }

    @discardableResult
    mutating func remove(_ key: String) -> Element? {
        guard let index = positions[key] else { return nil }
        return remove(at: index)
    }

    mutating func popFirst() -> Element? {
        elements.isEmpty ? nil : remove(at: 0)
    }

    private mutating func remove(at index: Int) -> Element {
        let removed = elements[index]
        positions[keyOf(removed)] = nil
        let last = elements.removeLast()
        if index < elements.count {
            elements[index] = last
            positions[keyOf(last)] = index
            siftUp(siftDown(index))
        }
        return removed
    }

    @discardableResult
    private mutating func siftDown(_ start: Int) -> Int {
        var index = start
        while true {
            let left = 2 * index + 1
            let right = left + 1
            var best = index
            if left < elements.count, isOrderedBefore(elements[left], elements[best]) { best = left }
            if right < elements.count, isOrderedBefore(elements[right], elements[best]) { best = right }
            if best == index { return index }
            swapAt(index, best)
            index = best
        }
    }

    private mutating func siftUp(_ start: Int) {
        var index = start
        while index > 0 {
            let parent = (index - 1) / 2
            guard isOrderedBefore(elements[index], elements[parent]) else { return }
            swapAt(index, parent)
            index = parent
        }
    }

    private mutating func swapAt(_ i: Int, _ j: Int) {
        elements.swapAt(i, j)
        positions[keyOf(elements[i])] = i
        positions[keyOf(elements[j])] = j
    }
}
