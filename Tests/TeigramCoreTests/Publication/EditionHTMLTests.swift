import Foundation
import Testing
@testable import TeigramCore
import TeigramXML

@Suite struct EditionHTMLTests {
    static let pages = FileIO.files(in: PublicationFixtures.edition + "/telegrams", suffix: ".html").map {
        Project.baseName($0)
    }

    /// The text of the normalised reading's section of a page, tags removed and entities decoded.
    static func readingWords(_ html: String) -> [String] {
        guard let start = html.range(of: "<section class=\"telegram-text\""),
            let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex)
        else { return [] }
        var section = String(html[start.lowerBound..<end.lowerBound])
        section = section.replacingOccurrences(of: "<br>", with: " ")
        // Inline elements join what they touch; block elements and breaks separate.
        section = section.replacingOccurrences(
            of: "</?(?:a|span|time)(?: [^>]*)?>", with: "", options: .regularExpression)
        section = section.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        section = section.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
        return words(section)
    }

    @Test(arguments: pages)
    func aPageHoldsEveryWordOfThePlainTextInOrder(_ name: String) throws {
        let html = String(
            decoding: try FileIO.read(PublicationFixtures.edition + "/telegrams/\(name).html"), as: UTF8.self)
        let path = TestPaths.project.output + "/\(name).xml"
        let document = try XMLParsedDocument(bytes: FileIO.read(path), path: path).tree()
        let text = PlainTextExtractor().extract(document, path: path).text
        #expect(Self.readingWords(html) == words(text))
    }

    @Test(arguments: pages)
    func everyLinkOfAPageResolves(_ name: String) throws {
        let folder = PublicationFixtures.edition + "/telegrams"
        let html = String(decoding: try FileIO.read(folder + "/\(name).html"), as: UTF8.self)
        for target in Self.localLinks(html) {
            let (file, fragment) = Self.split(target)
            let path = file.isEmpty ? folder + "/\(name).html" : folder + "/" + file
            #expect(FileIO.exists(path), "\(name): \(target) leads nowhere")
            if let fragment, FileIO.exists(path) {
                let page = String(decoding: try FileIO.read(path), as: UTF8.self)
                #expect(page.contains("id=\"\(fragment)\""), "\(name): \(target) names no id")
            }
        }
    }

    @Test func aHostileTitleIsEscaped() throws {
        let telegram = try PublicationFixtures.telegram(PublicationFixtures.edgeCasePath)
        let page = TelegramPageWriter(settings: EditionSettings()).page(telegram)
        #expect(!page.contains("<script>alert"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test func namesLinkToTheirRegisterAndLinksDoNotNest() throws {
        let telegram = try PublicationFixtures.telegram(PublicationFixtures.edgeCasePath)
        let html = TextHTMLRenderer { id in
            id == "china" ? "../places.html" : id == "foreign-ministry" ? "../organisations.html" : "../persons.html"
        }
        .render(telegram.normalised)
        #expect(
            html.contains(
                "<a class=\"name org\" href=\"../organisations.html#foreign-ministry\">Foreign Ministry of <span class=\"tei-placeName\">China</span></a>"
            ))
    }

    @Test func aLineBreakInsideAParagraphIsABreak() throws {
        let telegram = try PublicationFixtures.telegram(PublicationFixtures.edgeCasePath)
        let html = TextHTMLRenderer { _ in nil }.render(telegram.normalised)
        #expect(html.contains("end<br>\nnext line"))
    }

    @Test func theReadingsDifferWhereTheEditorCorrected() throws {
        let telegram = try PublicationFixtures.telegram(PublicationFixtures.edgeCasePath)
        let page = TelegramPageWriter(settings: EditionSettings()).page(telegram)
        #expect(page.contains("data-reading=\"diplomatic\""))
        #expect(telegram.normalised.text.contains("Ünïcode the end"))
        #expect(telegram.diplomatic.text.contains("Ünïcode teh end"))
    }

    @Test func theRegisterKeepsCorrespondentsApartFromMentions() throws {
        let telegram = try PublicationFixtures.telegram(PublicationFixtures.edgeCasePath)
        let listing = EditionListing(telegram)
        var register = EditionRegister()
        register.add(entries: telegram.entries)
        register.add(listing, at: 0)
        func uses(_ kind: PublishedName.Kind, _ id: String) throws -> EditionRegister.Uses {
            register.uses(of: try #require(register.entries[EditionRegister.Key(kind: kind, id: id)]))
        }
        #expect(try uses(.person, "stalin").correspondentIn == [0])
        #expect(try uses(.person, "stalin").mentionedIn == [0])
        #expect(try uses(.place, "china").correspondentIn == [])
        #expect(try uses(.place, "nanjing").placeOfLetterIn == [0])
    }

    @Test func theIndexListsEveryTelegram() throws {
        let html = String(decoding: try FileIO.read(PublicationFixtures.edition + "/index.html"), as: UTF8.self)
        for name in Self.pages { #expect(html.contains("href=\"telegrams/\(HTML.urlComponent(name)).html\"")) }
    }

    /// The `href` and `src` values of a page that are not absolute addresses.
    static func localLinks(_ html: String) -> [String] {
        let pattern = #"(?:href|src)="([^"]*)""#
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(html.startIndex..., in: html)
        return expression.matches(in: html, range: range).compactMap { match in
            Range(match.range(at: 1), in: html).map { String(html[$0]) }
        }.filter { !$0.hasPrefix("http://") && !$0.hasPrefix("https://") && !$0.hasPrefix("mailto:") }
    }

    /// A link's file and fragment, percent-decoded.
    static func split(_ link: String) -> (file: String, fragment: String?) {
        let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let file = String(parts[0]).removingPercentEncoding ?? String(parts[0])
        let fragment = parts.count > 1 ? (String(parts[1]).removingPercentEncoding ?? String(parts[1])) : nil
        return (file, fragment)
    }
}
