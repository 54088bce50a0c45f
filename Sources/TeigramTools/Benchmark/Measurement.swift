import Foundation
import TeigramCore
