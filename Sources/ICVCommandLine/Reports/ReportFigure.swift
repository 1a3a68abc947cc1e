import Foundation
import ICVDomain
import ICVStorage

public enum ReportFigure: Equatable, Sendable {
    case visitsByMonth, complianceGrid, requestsByCategory, slotGrids
}
