import Testing
@testable import RapportCore
