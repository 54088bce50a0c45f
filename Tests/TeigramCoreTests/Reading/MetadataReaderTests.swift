import Testing
@testable import TeigramCore

/// Header facts read from titles, routing blocks, file numbers and source notes of layouts beyond the
/// Wilson Center's.
@Suite("Header facts")
struct MetadataReaderTests {
    static func metadata(_ text: String) throws -> TelegramMetadata {
        MetadataReader.read(PageReader.read(try SourceText(bytes: Array(text.utf8), path: "t.txt")))
    }

    static let cable = """
        SECRET
        PAGE 01 SOFIA 01611 111105Z
        P 110913Z SEP 74
        FM AMEMBASSY SOFIA
        TO SECSTATE WASHDC PRIORITY 8591
        INFO AMEMBASSY MOSCOW
        S E C R E T SOFIA 1611
        E.O. 11652: GDS
        SUBJECT: A MESSAGE
        1. AS REPORTED REFTEL, THE FOREIGN MINISTER INFORMED ME THAT THE DEPUTY PREMIER WILL BE
        CARRYING A MESSAGE TO WASHINGTON WHICH HIS GOVERNMENT WISHES HIM TO PRESENT.
        MOORE

        """

    @Test func aCablesRoutingBlockGivesCorrespondentsDateTimeAndNumber() throws {
        let read = try Self.metadata(Self.cable)
        #expect(read.senderParts == Correspondent(office: "American Embassy Sofia", place: "Sofia"))
        #expect(read.recipientParts == [Correspondent(office: "Secretary of State Washington", place: "Washington")])
        #expect(read.date?.iso == "1974-09-11T09:13:00Z")
        #expect(read.origin == "Sofia")
        #expect(read.number == "1611")
    }

    @Test func severalAddresseesOfACable() throws {
        let text = Self.cable.replacingOccurrences(
            of: "TO SECSTATE WASHDC PRIORITY 8591\n", with: "TO AMEMBASSY AMMAN IMMEDIATE\nAMEMBASSY DACCA\n")
        let read = try Self.metadata(text)
        #expect(read.recipientParts.map(\.office) == ["American Embassy Amman", "American Embassy Dacca"])
    }

    @Test func aFrusFileNumberDatesAnUndatedTelegram() throws {
        let read = try Self.metadata(
            "860h.00/11–1945: Telegram\n\nThe Ambassador in the Soviet Union (Harriman) to the Secretary of State\n\n3898. Acknowledging my letter of November 6 informing Molotov of the note, Vyshinski replied today as follows.\n"
        )
        #expect(read.date?.iso == "1945-11-19")
        #expect(read.date?.certainty == "medium")
        #expect(read.senderParts.person == "Harriman")
        #expect(read.recipientParts.first?.role == "Secretary of State")
        #expect(read.number == "3898")
    }

    @Test func aClassificationAtTheHeadOfTheTitle() throws {
        let read = try Self.metadata(
            "May 31, 1963\n\nSecret Telegram from Maneli (Saigon) to Spasowski (Warsaw) [Ciphergram No. 7353]\n\nI met the premier today and we talked about the future government of the south for a long time.\n"
        )
        #expect(read.classification == ["Secret"])
        #expect(read.number == "7353")
        #expect(read.origin == "Saigon")
        #expect(read.receivedPlace == "Warsaw")
    }

    @Test func aSourceNotesClassificationSentence() throws {
        let read = try Self.metadata(
            "Moscow, April 21, 1964, 2 p.m.\n\n29. Telegram From the Embassy in the Soviet Union to the Department of State\n\nThe talks went on for a long time today and the minister said very little about them.\n\nSource: National Archives, RG 59, Central Files 1964–66, POL 1 US–USSR. Secret; Exdis. Repeated to Paris.\n"
        )
        #expect(read.classification == ["Secret", "Exdis"])
    }

    @Test func aSubjectInSingleQuotesIsNoCorrespondent() throws {
        let read = try Self.metadata(
            "March 25, 1984\n\nAmbassador Katori to the Foreign Minister, 'Prime Minister Visit to China'\n\nThe visit went well and the talks covered many questions of the region for a long time.\n"
        )
        #expect(read.senderParts.person == "Katori")
        #expect(read.recipientParts.first == Correspondent(role: "Foreign Minister"))
    }
}

extension MetadataReaderTests {
    @Test func aFrusFileNumberIsTheArchivalReference() throws {
        let read = try Self.metadata(
            "124.616/381: Telegram\n\nThe Chargé in the Soviet Union (Thurston) to the Secretary of State\n\n741. The Foreign Office has just announced that relations will be resumed, and the talks went on today.\n"
        )
        #expect(read.fileNumber == "124.616/381")
        #expect(read.senderParts.person == "Thurston")
    }
}

/// Cables in telegraphic form: precedence, letter-spaced classification, handling caveats.
extension MetadataReaderTests {
    static let spacedCable = """
        PAGE 01 SANTIA 01341 01 OF 02 010555 Z
        ACTION SS-25
        O R 310200 Z MAR 73
        FM AMEMBASSY SANTIAGO
        TO SECSTATE WASHDC IMMEDIATE NIACT 3879
        INFO AMEMBASSY LIMA
        S E C R E T SECTION 1 OF 2 SANTIAGO 1341
        EXDIS
        E. O 11652: GDS
        SUBJ: TALKS
        1. THE AMBASSADOR EXPRESSED TO ME DEEP DISCOURAGEMENT OVER THE OUTCOME OF THE TALKS THAT WERE HELD
        LAST WEEK IN WASHINGTON.
        SECRET
        PAGE 02 SANTIA 01341 01 OF 02 010555 Z
        2. HE ALSO SAID THE TALKS WOULD GO ON.
        DAVIS

        """

    @Test func aDateTimeGroupAfterSpacedPrecedenceSigns() throws {
        let read = try Self.metadata(Self.spacedCable)
        #expect(read.date?.iso == "1973-03-31T02:00:00Z")
    }

    @Test func precedenceSpacedClassificationAndCaveatAreEachRecordedOnce() throws {
        let read = try Self.metadata(Self.spacedCable)
        #expect(Set(read.classification.map { $0.uppercased() }) == ["IMMEDIATE NIACT", "SECRET", "EXDIS"])
        #expect(read.classification.count == 3)
    }

    @Test(arguments: [
        ("S E C R E T SECTION 1 OF 2 SANTIAGO 1341", "SECRET" as String?),
        ("C O N F I D E N T I A L STATE 261731", "CONFIDENTIAL"),
        ("T O P  S E C R E T", "TOP SECRET"),
        ("L I M I T E D O F F I C I A L U S E", "LIMITED OFFICIAL USE"),
        ("A B C D E F G", nil),
        ("SECRET", nil),
    ])
    func aLetterSpacedClassification(line: String, term: String?) {
        #expect(MetadataReader.spacedClassification(line) == term)
    }
}

/// FRUS page text: a dateline broken before its year, the place it names, footnotes with back links.
extension MetadataReaderTests {
    static let frusPage = """
        102. Telegram From the Embassy in Vietnam to the Department of State1
        Saigon, September 13,
        1963.
        505. Eyes only for the Secretary. CINCPAC POLAD exclusive for Adm Felt. Deptel 391.2
        - 1.
        - Do not see advantage of frequent conversations with the government if I have nothing new to bring up.
        Lodge
        - Source: Department of State, Central Files, POL 1 S VIET-US. Top Secret. Received at 7:02 a.m.↩
        - Document 97.↩

        """

    @Test func aDatelineBrokenBeforeItsYearGivesDateAndOrigin() throws {
        let read = try Self.metadata(Self.frusPage)
        #expect(read.date?.iso == "1963-09-13")
        #expect(read.origin == "Saigon")
    }

    @Test func theTelegramNumberOpeningTheFirstParagraph() throws {
        #expect(try Self.metadata(Self.frusPage).number == "505")
    }

    @Test func backLinkedFootnotesCloseTheDocumentAndGiveTheClassification() throws {
        let page = PageReader.read(try SourceText(bytes: Array(Self.frusPage.utf8), path: "t.txt"))
        let kinds = page.parts.first?.closer.map(\.kind) ?? []
        #expect(kinds == [.signature, .footnote, .footnote])
        #expect(MetadataReader.read(page).classification == ["Top Secret", "Eyes Only"])
    }

    @Test(arguments: [
        ("Saigon, ", "Saigon" as String?), ("Addis Ababa, ", "Addis Ababa"), ("Received 12, ", nil),
        ("the Ambassador, ", nil), ("Saigon ", nil),
    ])
    func thePlaceOfADateline(before: String, place: String?) {
        #expect(MetadataReader.datelinePlace(before) == place)
    }
}

extension MetadataReaderTests {
    @Test func anOfficeWordBeforeTheDatelinePlaceIsDropped() {
        #expect(MetadataReader.datelinePlace("Embassy Pyongyang, ") == "Pyongyang")
    }

    @Test func aLabelledAddresseeFieldNamesTheRecipient() throws {
        let read = try Self.metadata(
            "June 7, 1973\n\nTelegram from Washington, DC, No.084.504, Urgent, SECRET\n\nTo: Comrade Nicolae Ghenea,\n\nDeputy Foreign Minister\n\nWith respect to your telegram of June 3, 1973 concerning the letter, we report the following to you today.\n"
        )
        #expect(read.recipientParts.first?.person == "Nicolae Ghenea")
    }
}

/// Titles of other archives: capitals, an office before the kind, place and date after the addressee.
extension MetadataReaderTests {
    @Test func anOfficeBeforeTheKindOfDocumentSendsIt() {
        #expect(MetadataReader.officeBeforeKind("Secret North Vietnam Politburo Cable") == "North Vietnam Politburo")
        #expect(MetadataReader.officeBeforeKind("Romanian Embassy Telegram") == "Romanian Embassy")
        #expect(MetadataReader.officeBeforeKind("A Long Telegram") == nil)
        #expect(MetadataReader.officeBeforeKind("Telegram from the Embassy") == nil)
    }

    @Test func aTitleInCapitalsIsSplitAtTO() throws {
        let read = try Self.metadata(
            "TELEGRAM, EMBASSY OF HUNGARY IN NORTH VIETNAM TO THE HUNGARIAN FOREIGN MINISTRY\n\nOctober 29, 1971\n\nOn October 29 the delegation left Hanoi after a visit that the hosts found disappointing in every respect.\n"
        )
        #expect(read.senderParts.office == "EMBASSY OF HUNGARY IN NORTH VIETNAM")
        #expect(read.recipientParts.first?.office == "HUNGARIAN FOREIGN MINISTRY")
    }

    @Test func thePlaceBeforeATitlesDateIsThePlaceOfWriting() throws {
        let read = try Self.metadata(
            "Secretary of State for External Affairs to Dominions Secretary, Ottawa, October 4, 1941\n\nFollowing from Prime Minister, for your Prime Minister, on the supplies that were discussed at length.\n"
        )
        #expect(read.recipient == "Dominions Secretary")
        #expect(read.origin == "Ottawa")
    }

    @Test func aSubjectAfterTheSendingOfficeIsNoPartOfIt() throws {
        let read = try Self.metadata(
            "CRYPTOGRAM NO 10456 FROM POLISH EMBASSY IN BUCHAREST, AMBASSADOR X'S MEETING WITH THE SOVIET AMBASSADOR\n\nBucharest, 28 August 1968\n\nThe Soviet ambassador informed me today about the talks that were held in Moscow last week.\n"
        )
        #expect(read.sender == "POLISH EMBASSY IN BUCHAREST")
        #expect(read.number == "10456")
    }
}

/// Layouts where the title stands before the date, Russian dispatch lines, signature marks.
extension MetadataReaderTests {
    @Test func aTitleBeforeTheDateLineWhenTheDocumentFollowsIt() throws {
        let text =
            "Telegram from A. Szarvas, Pyongyang\n\nMay 3, 1955\n\nThe delegation arrived yesterday and the talks were held in a friendly atmosphere today.\n"
        let page = PageReader.read(try SourceText(bytes: Array(text.utf8), path: "t.txt"))
        #expect(page.titleLine?.text == "Telegram from A. Szarvas, Pyongyang")
        #expect(page.parts.first?.body.units.first?.text.hasPrefix("The delegation") == true)
        let read = MetadataReader.read(page)
        #expect(read.senderParts.person == "A. Szarvas")
        #expect(read.date?.iso == "1955-05-03")
    }

    @Test func russianDispatchLinesGiveOriginAndAddressee() throws {
        let read = try Self.metadata(
            "Шифртелеграмма\n\nИз Пекина\n\nМосква, тов. Громыко\n\n3 мая 1960 г.\n\nСегодня состоялась беседа с министром иностранных дел по вопросам торговли между странами.\n\nЧервоненко\n"
        )
        #expect(read.origin == "Пекина")
        #expect(read.recipient == "Громыко")
        #expect(read.date?.iso == "1960-05-03")
    }

    @Test(arguments: ["/-/ Maneli", "/s/ Lodge", "(signed) Fry"])
    func aSignatureMarkBeforeTheName(line: String) {
        #expect(PageReader.looksLikeSignature(line))
    }
}

extension MetadataReaderTests {
    @Test func anArrivedLineGivesTheDateOfReceipt() throws {
        let read = try Self.metadata(
            "October 31, 1962\n\nTelegram from Havana to Prague\n\nArrived: 31.10.62 19:00\n\nThe talks with the Cuban leaders went on late into the night and ended without any result.\n"
        )
        #expect(read.receivedDate?.iso == "1962-10-31")
    }

    @Test func classificationWordsAmongTheTitlesPartsAndLabelledFields() throws {
        let read = try Self.metadata(
            "June 7, 1973\n\nTelegram from Washington, DC, No.084.504, Urgent, SECRET\n\nPriority: Flash\n\nWith respect to your telegram, we report that the letter was not relayed to the Congress.\n"
        )
        #expect(Set(read.classification.map { $0.lowercased() }) == ["urgent", "secret", "flash"])
    }
}

/// Classification markings wherever a page states them: a line of its own in the text, the citation's
/// quoted title, a FRUS telegram's "Eyes only" opening; the kind of document is no classification.
@Suite("Classification markings")
struct ClassificationMarkingTests {
    @Test func aMarkingLineInTheTextIsTheClassification() throws {
        let read = try MetadataReaderTests.metadata(
            """
            Telegram from the Embassy in Rome to the Ministry, 3 May 1962

            The minister received me today and spoke of the crisis at length.

            LIMITED OFFICIAL USE

            He asked that the matter stay between us.
            """)
        #expect(read.classification == ["LIMITED OFFICIAL USE"])
    }

    @Test func theCitationTitleGivesTheClassificationWithAnOfficeBeforeTheKind() {
        #expect(MetadataReader.titleClassification("Secret North Vietnam Politburo Cable") == "Secret")
        #expect(MetadataReader.titleClassification("Secret Telegram from Maneli (Saigon)") == "Secret")
        #expect(MetadataReader.titleClassification("Secret talks of five men at the Cable Office") == nil)
    }

    @Test func theKindOfDocumentIsNoClassification() {
        var metadata = TelegramMetadata()
        metadata.addClassification("CIPHER TELEGRAM")
        metadata.addClassification("TOP SECRET")
        #expect(metadata.classification == ["TOP SECRET"])
    }

    @Test func anEyesOnlyOpeningIsACaveat() throws {
        let read = try MetadataReaderTests.metadata(
            """
            102. Telegram From the Embassy in Vietnam to the Department of State
            Saigon, September 13, 1963.
            505. Eyes only for the Secretary. Deptel 391.
            Do not see advantage of frequent conversations if I have nothing new to bring up.
            """)
        #expect(read.classification.contains("Eyes Only"))
    }
}

/// Telegram numbers in the text's first paragraphs.
@Suite("Telegram numbers in the text")
struct TelegramNumberInTextTests {
    @Test func aLowerCaseLabelWithAPeriodGivesTheNumber() throws {
        let read = try MetadataReaderTests.metadata(
            """
            Telegram from the Swiss Foreign Ministry to the Embassy in Havana, 26 October 1962

            Telegram no.50

            The minister asks you to call on the foreign minister at once.
            """)
        #expect(read.number == "50")
    }

    /// The number of a telegram as written: a Chinese cable's year before it, digits in groups of three, a
    /// registry's letters after it.
    @Test(arguments: [
        ("Received (65) No. 284", "(65) 284"), ("No. (61) 561", "(61) 561"),
        ("No. 56 312 18 July 1969, Beijing", "56 312"),
        ("No. 2421/9/53/TJN [tajne—secret]", "2421/9/53/TJN"), ("Foreign Ministry No. Mao-1014", "Mao-1014"),
        ("Code message No 4851/I/903", "4851/I/903"),
    ])
    func numbersAsWritten(line: String, number: String) throws {
        let page = PageReader.read(
            try SourceText(
                bytes: Array("Cable from the Embassy in Moscow, 3 May 1965\n\n\(line)\n\nThe talks went on.\n".utf8),
                path: "t.txt"))
        #expect(MetadataReader.telegramNumber(page, title: "Cable from the Embassy in Moscow") == number)
    }

    @Test func aCopysNumberIsNotTheTelegramsNumber() throws {
        let page = PageReader.read(
            try SourceText(
                bytes: Array(
                    "Cable from the Embassy in Moscow, 3 May 1965\n\nMFA stamp: Copy Nº 3\n\nThe talks went on.\n".utf8),
                path: "t.txt"))
        #expect(MetadataReader.telegramNumber(page, title: "Cable from the Embassy in Moscow") == nil)
    }

    /// "Telegram from Havana File # 11281": the registry's file number is neither the sender nor the
    /// telegram's number, and the citation's fuller phrase that holds the one-word sender gives it.
    @Test func aFileNumberNamesNoOneAndAFullerCitationGivesTheSender() throws {
        let read = try MetadataReaderTests.metadata(
            """
            October 31, 1962

            "Cable no. 338 from the Czechoslovak Embassy in Havana (Pavlíček)," October 31, 1962, History and Public Policy Program Digital Archive, National Archive, Prague.

            Telegram from Havana File # 11281

            The mood of the general population continues to be in a state of considerable confusion.
            """)
        #expect(read.sender == "the Czechoslovak Embassy in Havana (Pavlíček)")
        #expect(read.origin == "Havana")
        #expect(read.number == "338")
    }

    @Test func aBritishTelegramsRLineGivesTheReceipt() throws {
        let read = try MetadataReaderTests.metadata(
            """
            Telegram from the British Legation in Budapest to the Foreign Office, October 25, 1956

            FROM BUDAPEST TO FOREIGN OFFICE

            No.430                           D.  4.04 p.m. October 25, 1956

            October 25, 1956           R.  4.08 pm. October 26, 1956

            The Hungarian Tricolours without the Communist emblem are now flying on many buildings.
            """)
        #expect(read.receivedDate?.iso == "1956-10-26")
    }

    @Test func anOfficeBeforeAQuotedTitleSendsIt() {
        #expect(
            MetadataReader.officeBeforeQuotedTitle("Embassy of the GDR in the PRC, 'Note about a “Club Talk”'")
                == "Embassy of the GDR in the PRC")
        #expect(MetadataReader.officeBeforeQuotedTitle("Kim Il Sung, 'Speech at the Congress'") == nil)
    }

    @Test func thePlaceBeforeTheDocumentsDateInALetterheadIsTheOrigin() throws {
        let read = try MetadataReaderTests.metadata(
            """
            Note from the Embassy of the Polish Republic in Korea, September 2, 1953

            English Translation Embassy Pyongyang, 2 September 1953 of the Polish Republic BY COURIER

            On 1 September 1953 a Korean government delegation left for Moscow.
            """)
        #expect(read.origin == "Pyongyang")
    }

    @Test func aNoWithoutPeriodInProseIsNoLabel() throws {
        let page = PageReader.read(
            try SourceText(
                bytes: Array("Memo, 3 May 1962\n\nThere is no 5 minute rule here at all.\n".utf8), path: "t.txt"))
        #expect(MetadataReader.telegramNumber(page, title: "Memo") == nil)
    }

    @Test func aDiaryCableNumberBeforeItsWeekdayIsTheNumber() throws {
        let read = try MetadataReaderTests.metadata(
            """
            Telegram from the Brazilian Embassy in Havana to the Foreign Ministry, 26 October 1962

            346 – FRIDAY – 1800hs – Cuba continues totally mobilized, and the other activities are paralyzed.
            """)
        #expect(read.number == "346")
    }
}

/// A title's correspondents that are only places ("Telegram from Pyongyang to Bucharest, TOP SECRET").
@Suite("Places read as correspondents")
struct PlaceCorrespondentTests {
    @Test func markingsAfterACorrespondentAreNoPartOfIt() {
        #expect(MetadataReader.withoutTrailingMarkings("Bucharest, TOP SECRET, No. 76.018") == "Bucharest")
        #expect(
            MetadataReader.withoutTrailingMarkings("Washington, DC, No.084.504, Urgent, SECRET") == "Washington, DC")
        #expect(MetadataReader.withoutTrailingMarkings("Ambassador Smith, Rome") == "Ambassador Smith, Rome")
    }

    @Test func aPlaceAloneIsTheOriginAndThePlaceOfReceiptNotACorrespondent() throws {
        let authority = try testAuthority(
            """
            <listPlace><place xml:id="pyongyang"><placeName type="standard">Pyongyang</placeName></place>
            <place xml:id="bucharest"><placeName type="standard">Bucharest</placeName></place></listPlace>
            """)
        var metadata = TelegramMetadata()
        metadata.sender = "Pyongyang"
        metadata.recipient = "Bucharest"
        MetadataReader.readCorrespondentParts(into: &metadata)
        let resolved = TEIWriter.placesAsPlaces(
            metadata, tagger: EntityTagger(authority: authority), state: TaggingState())
        #expect(resolved.sender == nil && resolved.recipient == nil)
        #expect(resolved.origin == "Pyongyang" && !resolved.originIsInferred)
        #expect(resolved.receivedPlace == "Bucharest")
    }

    @Test func aPersonStaysACorrespondent() throws {
        let authority = try testAuthority(
            #"<listPlace><place xml:id="pyongyang"><placeName type="standard">Pyongyang</placeName></place></listPlace>"#
        )
        var metadata = TelegramMetadata()
        metadata.sender = "Maneli (Saigon)"
        MetadataReader.readCorrespondentParts(into: &metadata)
        let resolved = TEIWriter.placesAsPlaces(
            metadata, tagger: EntityTagger(authority: authority), state: TaggingState())
        #expect(resolved.senderParts.person == "Maneli")
    }

    @Test(arguments: ["the Ambassador in the United Kingdom (Douglas)", "Ambassador Douglas"])
    func aTitledPersonWhoseNameIsAPlaceStaysACorrespondent(_ recipient: String) throws {
        let authority = try testAuthority(
            #"<listPlace><place xml:id="douglas"><placeName type="standard">Douglas</placeName></place></listPlace>"#)
        var metadata = TelegramMetadata()
        metadata.recipient = recipient
        MetadataReader.readCorrespondentParts(into: &metadata)
        let resolved = TEIWriter.placesAsPlaces(
            metadata, tagger: EntityTagger(authority: authority), state: TaggingState())
        #expect(resolved.recipientParts.map(\.person) == ["Douglas"])
        #expect(resolved.receivedPlace == nil)
    }

    @Test func aPlaceWithoutATitleIsStillAPlace() throws {
        let authority = try testAuthority(
            #"<listPlace><place xml:id="douglas"><placeName type="standard">Douglas</placeName></place></listPlace>"#)
        var metadata = TelegramMetadata()
        metadata.recipient = "Douglas"
        MetadataReader.readCorrespondentParts(into: &metadata)
        let resolved = TEIWriter.placesAsPlaces(
            metadata, tagger: EntityTagger(authority: authority), state: TaggingState())
        #expect(resolved.recipientParts.isEmpty && resolved.receivedPlace == "Douglas")
    }
}

/// The addressee of a received telegram's form or address line.
@Suite("Receiving office")
struct ReceivingOfficeTests {
    @Test func aReceivedFormNamesTheAddressee() throws {
        let read = try MetadataReaderTests.metadata(
            """
            Cable from Wang Tao, 'Chairman Ho Meeting with Chargé D'Affaires Wang', November 23, 1962

            Telegram Received by the Foreign Ministry

            Today Chairman Ho met by appointment with me and spoke of his letters.
            """)
        #expect(read.recipient == "Foreign Ministry")
    }

    @Test func anAddressLineEndingInAColonNamesTheAddressee() throws {
        let read = try MetadataReaderTests.metadata(
            """
            Cable from Wang Tao, 'Chairman Ho Meeting', November 23, 1962

            [To] The Foreign Ministry:

            Today Chairman Ho met by appointment with me and spoke of his letters.
            """)
        #expect(read.recipient == "Foreign Ministry")
    }

    @Test func aSentenceOpeningWithToIsNoAddressLine() throws {
        let read = try MetadataReaderTests.metadata(
            """
            Cable from Wang Tao, November 23, 1962

            To sum up:

            Today Chairman Ho met by appointment with me and spoke of his letters.
            """)
        #expect(read.recipient == nil)
    }
}

extension MetadataReaderTests {
    @Test func aTitleCaseSubjectWithoutACommaIsNoPartOfTheAddressee() throws {
        let read = try Self.metadata(
            "Telegram from Ion Dorobantu to Corneliu Manescu Regarding the Reply of the Party\n\nThe reply came today.\n"
        )
        #expect(read.recipient == "Corneliu Manescu")
    }

    @Test func theDateAfterTheCitationsQuotedTitleDatesAnUndatedPage() throws {
        let read = try Self.metadata(
            """
            TELEGRAM, EMBASSY OF HUNGARY IN NORTH VIETNAM TO THE HUNGARIAN FOREIGN MINISTRY

            "Telegram, Embassy of Hungary in North Vietnam to the Hungarian Foreign Ministry," October 29, 1971, History and Public Policy Program Digital Archive, MOL, XIX-J-1-j Korea, 1971.

            On October 29, at midday, the delegation left Hanoi.

            """)
        #expect(read.date?.iso == "1971-10-29")
    }

    @Test func aDeclassificationStampsDateIsNotTheDocumentsDate() throws {
        let read = try Self.metadata(
            """
            MEMCON

            THE CONVERSATION WAS IN VIETNAMESE.

            Sheryl P. Walter Declassified/Released US Department of State EO Systematic Review 20 Mar 2014

            HOANG ANSWERED THAT THE MAJOR ISSUE WAS CHINA.

            """)
        #expect(read.date == nil)
    }

    @Test func aShortDispatchParagraphDatesThePage() throws {
        let read = try Self.metadata(
            "Hungary 1956\n\nFROM BUDAPEST TO FOREIGN OFFICE\n\nNo.430 D. 4.04 p.m. October 25, 1956\n\nThe flags are flying on many public buildings throughout the city today.\n"
        )
        #expect(read.date?.iso == "1956-10-25")
        #expect(read.recipient == "FOREIGN OFFICE")
    }

    @Test func aRoutingBlockRunIntoOneParagraphIsRead() throws {
        let read = try Self.metadata(
            "Message Text SECRET PAGE 01 MOSCOW 16276 01 OF 02 092013Z ACTION NODS-00 O 091603Z NOV 77 ZFF-4 FM AMEMBASSY MOSCOW TO SECSTATE WASHDC NIACT IMMEDIATE 4280 S E C R E T SECTION 1 OF 2 MOSCOW 16276 NODIS E O 11652 XGDS TAGS UR US SUBJECT MESSAGE TO BREZHNEV 1 WITH ONE HOUR'S ADVANCE NOTICE I WAS RECEIVED BY BREZHNEV.\n"
        )
        #expect(read.date?.iso == "1977-11-09T16:03:00Z")
        #expect(read.senderParts == Correspondent(office: "American Embassy Moscow", place: "Moscow"))
        #expect(read.number == "16276")
    }

    @Test(arguments: [
        ("dispatched on 5.31 at 10:00 hours……..received 6.1 at 9:58 hours", "1963-05-31", "1963-06-01"),
        ("dispatched on 03.10 at 10:00 hours……..received on 06.10 at 10:50 hours", "1963-10-03", "1963-10-06"),
        ("dispatched on 11.25.63 at 1700 hours…received on 11.25.63 at 11:20 hours", "1963-11-25", "1963-11-25"),
    ])
    func aReceiptWithoutItsYearIsReadAgainstTheDispatchDate(line: String, sent: String, received: String) throws {
        let documentDate = RecognizedDate(range: 0..<0, iso: sent, certainty: nil, year: 1963)
        let read = MetadataReader.partialReceiptDate(line, documentDate: documentDate)
        #expect(read?.date.iso == received)
        #expect(read?.date.certainty == nil)
    }

    @Test func aReceiptThatEitherOrderAllowsIsNotGuessed() {
        let documentDate = RecognizedDate(range: 0..<0, iso: "1963-03-03", certainty: nil, year: 1963)
        #expect(MetadataReader.partialReceiptDate("received 3.4 at 10:00", documentDate: documentDate) == nil)
    }
}

extension MetadataReaderTests {
    @Test func aComradelyAddressLineNamesTheAddressee() throws {
        let read = try Self.metadata(
            """
            CRYPTOGRAM NO 10456 FROM POLISH EMBASSY IN BUCHAREST

            Bucharest, 28 August 1968

            Cryptogram No 10456

            from Bucharest

            Com. Kruczkowski

            Com. Ochęduszko informs in his telegram No 328 dated 27th this month that the ambassador of the USSR held a conversation with Ceausescu on the 25th of this month.

            """)
        #expect(read.recipient == "Kruczkowski")
    }
}

extension MetadataReaderTests {
    @Test func theLetterheadOfAReceivedTelegramFormIsTheAddressee() throws {
        let read = try Self.metadata(
            """
            November 1, 1962
            Telegram from Brazilian Embassy in Washington (Campos), 7 p.m., Thursday
            SECRETARY OF STATE FOR EXTERNAL RELATIONS
            13087
            TELEGRAM
            RECEIVED
            FROM THE EMBASSY IN WASHINGTON
            The negotiations at the United Nations went on through the day without any result for either side.

            """)
        #expect(read.recipient == "SECRETARY OF STATE FOR EXTERNAL RELATIONS")
    }
}

/// The persons a FRUS telegram's text opens by addressing ("396. Eyes only for Ambassador Lodge from the President.").
@Suite("Personal addressees")
struct PersonalAddresseeTests {
    static func page(_ opening: String) throws -> TelegramMetadata {
        try MetadataReaderTests.metadata(
            """
            101. Telegram From the Department of State to the Embassy in Vietnam

            Washington, September 11, 1963, 6 p.m.

            \(opening) The text goes on here, as telegrams do.

            Rusk
            """)
    }

    @Test func aTitledAddresseeAfterTheCaveatIsTheRecipientBesideTheOffice() throws {
        let read = try Self.page("396. Eyes only for Ambassador Lodge from the President.")
        #expect(read.recipientParts.map(\.person) == ["Lodge"])
        #expect(read.recipientParts.first?.office == "Embassy in Vietnam")
    }

    @Test func officeCodesBeforeTheNamesAreNoPartOfThem() throws {
        let read = try Self.page("3221. For S/AL Thompson and EUR Tyler.")
        #expect(read.recipientParts.map(\.person) == ["Thompson", "Tyler"])
    }

    @Test(arguments: [
        "393. Eyes only for the Secretary.", "For his part, Mao Zedong agreed.",
        "1. FOR DACCA: PLEASE PASS FOLLOWING MESSAGE FROM CHARLES.",
    ])
    func aTitleAloneOrProseAddsNoPerson(_ opening: String) throws {
        #expect(try Self.page(opening).recipientParts.allSatisfy { $0.person == nil })
    }
}

/// Precedence markings in the forms of other archives.
@Suite("Precedence markings")
struct PrecedenceMarkingTests {
    @Test func aPrecedenceBeforeTheDateOnTheDateLine() throws {
        let read = try MetadataReaderTests.metadata(
            """
            Телеграмма Полномочного Представителя СССР в Японии в Народный Комиссариат Иностранных Дел СССР

            Вне очереди 13 декабря 1932 г,

            Не случайно, в день опубликования сообщения о восстановлении отношений между нами и Китаем, японская печать выступила с сообщениями.
            """)
        #expect(read.classification == ["Вне очереди"])
    }

    @Test(arguments: [
        ("Немедленно", "Немедленно"), ("Routine", "Routine"),
    ])
    func aPrecedenceOnALineOfItsOwn(line: String, term: String) throws {
        let read = try MetadataReaderTests.metadata(
            "Telegram from Warsaw to Moscow\n\n\(line)\n\n1 December 1937\n\nThe preparations for the visit of the minister go on in the press and in the government this week.\n"
        )
        #expect(read.classification == [term])
    }

    @Test(arguments: [
        ("No. 2421/9/53/TJN [tajne—secret]", ["secret"]), ("BY COURIER [stamp] SECRET! SECRET!", ["SECRET"]),
        ("[handwritten] No. 12 [illegible—word]", []), ("[stamp] Received 12 May", []),
    ])
    func markingsInBrackets(line: String, terms: [String]) {
        #expect(MetadataReader.bracketedMarkings(line) == terms)
    }

    @Test func aPrecedenceAmongATitlesPieces() throws {
        let read = try MetadataReaderTests.metadata(
            """
            Telegram from Pyongyang to Bucharest, TOP SECRET, No. 76.042, Regular

            On February 14, the Bulgarian Second Secretary told us that the Central Committee would hold a plenum.
            """)
        #expect(Set(read.classification) == ["TOP SECRET", "Regular"])
    }
}

/// Titles and opening lines that name a sender, or only seem to.
@Suite("Senders in titles and opening lines")
struct SenderLineTests {
    @Test func aJourneysToNamesNoAddressee() throws {
        let read = try MetadataReaderTests.metadata(
            """
            Minister of National Defense Chiang’s Visit to Japan

            December 19, 1967

            Chiang Ching-kuo, Minister of National Defense, made an official visit to our country from November 27 to December 2.
            """)
        #expect(read.recipient == nil)
        #expect(read.sender == nil)
    }

    /// A page of the Wilson Center's current layout whose title names no sender, with `line` below the
    /// date line that opens the text.
    static func pageWithLineBelowTheDate(_ line: String) throws -> TelegramMetadata {
        try MetadataReaderTests.metadata(
            """
            December 19, 1967

            Minister of National Defense Chiang’s Visit to Japan

            China Information No. 34069

            December 19, 1967

            \(line)

            Chiang Ching-kuo, Minister of National Defense, made an official visit to our country from November 27 to December 2.
            """)
    }

    @Test func anOfficesNameBelowTheDateLineIsTheSender() throws {
        #expect(try Self.pageWithLineBelowTheDate("China Division").sender == "China Division")
    }

    @Test func aLineInCapitalsBelowTheDateIsNoSender() throws {
        #expect(try Self.pageWithLineBelowTheDate("MINISTRY OF FOREIGN AFFAIRS").sender == nil)
    }
}

/// The signature block the reader hands the writer (``TelegramMetadata/signature``).
@Suite("Signature block")
struct SignatureBlockTests {
    static func block(_ closing: String) throws -> [SignatureLine] {
        try MetadataReaderTests.metadata(
            """
            March 7, 1950

            Journal of the Soviet Ambassador

            I visited Kim Il Sung and told him about the talks in Moscow.

            \(closing)

            """
        ).signature
    }

    @Test func aRoleLineReachesTheNameBelowItPastABracketedRemark() throws {
        let block = try Self.block(
            "Soviet Ambassador\n[signature]\n(T. SHTYKOV)\nTwo copies printed\n1 - Cde. A. Vyshinsky")
        #expect(block.map(\.namesRole) == [true, false])
        #expect(block.count == 2)
    }

    @Test func aNameWithoutARoleIsTheWholeBlock() throws {
        let block = try Self.block("T. SHTYKOV\nSoviet Ambassador")
        #expect(block.count == 1)
        #expect(block.first?.namesRole == false)
        #expect(block.first?.isShort == true)
    }
}

/// A title "From City to City" above an address line "To Comrade Surname".
@Suite("Routing between cities")
struct CityRoutingTests {
    static let page = """
        December 11, 1980

        Secret Telegram No. 3267/IV - From Beijing to Moscow

        From Beijing to Moscow, December 11, 1980

        Urgent

        To Comrade Fijalkowski

        Based on the conversation with the Chairman of the Friendship Society, I am reporting the following points.

        """

    @Test func aDashBeforeFromStillOpensTheCorrespondents() throws {
        let read = try MetadataReaderTests.metadata(Self.page)
        #expect(read.sender == "Beijing")
        #expect(read.recipient == "Moscow")
    }

    @Test func theOriginLineEndsBeforeTheAddresseeAndTheDate() throws {
        #expect(try MetadataReaderTests.metadata(Self.page).origin == "Beijing")
    }

    @Test func theAddressLineIsKeptBesideALoneAddressee() throws {
        #expect(try MetadataReaderTests.metadata(Self.page).addresseeLine?.person == "Fijalkowski")
    }

    @Test func anAddresseeThatIsAPlaceGivesWayToTheAddressLine() throws {
        let xml = try encodeFixture(Self.page).xml
        let received =
            xml.components(separatedBy: ##"<correspAction type="received">"##).dropFirst().first?
            .components(separatedBy: "</correspAction>").first ?? ""
        #expect(received.contains(">Fijalkowski</persName>"))
        #expect(received.contains(##"<placeName ref="#moscow">Moscow</placeName>"##))
    }
}

/// A Foreign Office telegram form: routing, distribution, the sender's name, then the number line.
@Suite("Form number lines")
struct FormNumberLineTests {
    /// The form's opening paragraphs, then `lines` (paragraphs of their own).
    static func number(after lines: [String]) throws -> String? {
        try MetadataReaderTests.metadata(
            """
            Hungary 1956

            Two telegrams reporting back to London on the situation in Hungary.

            Transcript

            CONFIDENTIAL

            FROM BUDAPEST TO FOREIGN OFFICE

            \(lines.joined(separator: "\n\n"))

            """
        ).number
    }

    @Test func aShortParagraphOpeningWithNoFurtherDownGivesTheNumber() throws {
        let number = try Self.number(after: [
            "Cypher/OTP                  FOREIGN OFFICE AND WHITEHALL DISTRIBUTION", "Mr. Fry",
            "No.430                           D.  4.04 p.m. October 25, 1956",
            "The crowds carrying their flags are moving about at will, and the Government appears to have lost control of the city.",
        ])
        #expect(number == "430")
    }

    @Test(arguments: [
        "No.430", "No. 430", "NO 430", "Nº 430", "N° 430", "Nr 430", "NR. 430", "Number 430", "NUMBER 430",
    ])
    func theByteTestPassesEveryNumberLabel(_ line: String) {
        #expect(MetadataReader.opensWithNumberLabel(line))
    }

    @Test func aLaterParagraphCitingAnotherTelegramGivesNone() throws {
        let number = try Self.number(after: [
            "Cypher/OTP", "EMERGENCY", "Reference my telegram No. 454, which reported the first demonstrations.",
        ])
        #expect(number == nil)
    }
}
