import Foundation

extension Double {
    /// Rounded half away from zero to a number of decimal places, as reports print them (0.9808, 402.5).
    public func rounded(toPlaces places: Int) -> Double {
        let scale = pow(10, Double(places))
        return (self * scale).rounded() / scale
    }
}
