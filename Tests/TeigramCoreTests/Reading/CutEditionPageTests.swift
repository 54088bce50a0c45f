import Testing

@testable import TeigramCore

/// A Soviet edition's page in OCR: a source note the scan misread ("Лечат, по арх."), and the next
/// document's heading cut off at the page's end ("241. Письмо"), which is no signature.
@Suite("A cut edition page in OCR")
struct CutEditionPageTests {
    @Test(arguments: ["Печат. по арх.", "Лечат, по арх.", "Пгчат. по арх."])
    func aMisreadSourceNoteIsTheEditionsSourceNote(text: String) {
        #expect(PageReader.isEditionSourceNote(text))
    }

    @Test func aLineOpeningWithLAndNoSourceNoteIsNone() {
        #expect(!PageReader.isEditionSourceNote("Ленин просил передать"))
    }

    @Test(arguments: ["241. Письмо", "12. Telegram", "241. Письмо Народного Комиссара"])
    func aNumberedHeadingCutOffIsNoSignature(line: String) {
        #expect(!PageReader.looksLikeSignature(line))
    }

    @Test func aNameAfterItsNumberIsStillASignature() {
        #expect(PageReader.looksLikeSignature("Карахан"))
        #expect(PageReader.looksLikeSignature("241. Карахан"))
    }

    @Test func aCutPagesSignatureIsTheFirstDocumentsSigner() throws {
        let page = """
            Телеграмма Заместителя Народного Комиссара Иностранных Дел СССР Полномочному Представителю СССР в \
            Афганистане Л. Н. Старку

            7 июля 1928 г.

            Постановили возвести полпреда СССР в Кабуле в ранг посла. Срочно урегулируйте этот вопрос с афганским \
            правительством.

            Карахан

            Лечат, по арх.

            240. Телеграмма и. о. Консула СССР в Пекине в Народный Комиссариат Иностранных Дел СССР

            8 июля 1928 г.

            Из Чифу сегодня сообщили: начальник полиции расклеил на консульском доме объявление.

            Спильванек

            Лечат, по арх.

            241. Письмо
            """
        let encoded = try TelegramEncoder(authority: Shared.fixtureAuthority).encode(
            bytes: Array(page.utf8), path: "t.txt", documentID: "t")
        let start = try #require(encoded.xml.range(of: "<correspAction type=\"sent\">"))
        let sent = encoded.xml[start.upperBound...].components(separatedBy: "</correspAction>")[0]
        #expect(sent.contains(">Карахан</persName>"))
    }
}
