// Package extract finds every figure in one cleaned article and turns it
// into a metric record of the data contract (../shared/spec/metrics.md).
//
// It takes a corpus.Article and gives []Record, one per number mention, in
// text order. Article is a pure function of the article: no shared mutable
// state, so callers run it in parallel and cache its result by the
// article's content hash, Version (a digest of the lexicons) and the
// program's identity.
//
// The work is a byte scan that finds the digits first and looks around them:
//
//   - the number grammar (ParseNumber): "." thousands and "," decimals,
//     leading zeros, X/Y, percents ("%", "phần trăm"), multipliers in both
//     spellings and compounds ("59 tỷ 850 triệu", "1 triệu 200 nghìn",
//     "500 ngàn"), currencies (đồng, VNĐ, VND, đ);
//   - exclusions: dates, times, ages, years, school years, identifiers (số,
//     Điều, lần thứ…), names with numbers (Covid-19, Công ty May 10),
//     durations and period markers (5 năm qua, 3 thập kỷ qua),
//     anniversaries, thresholds (doanh nghiệp có trên 25 lao động),
//     discount and other ranges, phone numbers, numbers in quoted names,
//     the first day of a range of dates, rounds (3 đợt), formats and
//     conditions (bóng đá 5 người, đi kèm không quá 2 người), a member's
//     household in a hardship story (nuôi 2 con, nhà cấp 4, cả 3 mẹ con)
//     and a birth year (sinh năm 1988), dates printed month first (14 Tháng
//     3, 2024), the aspects of a programme (trên 4 phương diện) and prices
//     (với giá từ 6.000 - 35.000 đồng), the first bound of a range of ages
//     (từ 35 đến 45 tuổi), the places a competition cluster is made of
//     (5 huyện thuộc Cụm thi đua số 4) and the parts a resolution is
//     carried out through (6 Chương trình thực hiện Nghị quyết), and the
//     places of a body's area (trên địa bàn 3 xã, 4 phường được giao
//     phụ trách);
//   - relevance (relevance.tsv): an article whose kicker and title (for a
//     page cut below its headline, corpus.Article.Headless, also the
//     headline it labels a photo with, "… - Ảnh 1."; one that is a single
//     paragraph has no headline, and that paragraph is read as its body)
//     name no union body, union activity or member, and whose lead and body
//     name fewer than three (unless they name union bodies twice, one
//     opening a clause as the subject that acts on a figure), yields
//     nothing (the levy, "kinh phí công đoàn", "đóng … cho công đoàn",
//     names none, nor does "đoàn viên" listed with the Youth Union's or an
//     association's members: "đoàn viên, thanh niên", "đoàn viên, hội viên,
//     tình nguyện viên", nor in an article whose only bodies are the Youth
//     Union's, "Huyện Đoàn", "Chi đoàn", nor "kết nạp" and "đoàn viên" in
//     an article naming no union body or activity at all); inside an
//     article, a figure after
//     a body that is not a union (a department, social insurance, a
//     company) in a sentence naming no union body, or after a place's bare
//     name acting in a sentence naming no union body, activity or member (a
//     local government's own gifts), or one measuring revenue, prices,
//     damage or casualties in its own clause, or a crisis's toll on
//     workers and firms where no union acts (shut down, laid off, in
//     quarantine or rented rooms, the zones an epidemic reached), or one
//     person's own story (a beneficiary's purchase or earnings, told by
//     "tôi" or "chị …" in a sentence naming no union and no aid), yields
//     nothing;
//   - the unit: the counted head noun after the number, through "lượt",
//     "danh hiệu", quotes, abbreviations (CĐCS, CNVCLĐ, ĐV, and initials
//     the article defines in brackets, "công nhân giỏi (CNG)"), or the noun
//     of the list item before one that leaves it out ("sửa 39 nhà, xây mới
//     15");
//   - attribution: qualifier, basis (per-unit rates, a gift's value, a sum
//     uncounted people receive, the parts "gồm" lists of each one's sum,
//     both bounds of a range, so many of a count for each thing of
//     another kind, "10 người/bàn"), status (a target or estimate word right
//     before the figure, else the nearest plan or result cue; a sentence
//     opening "Theo đó" after a plan's sentence with no figure, and the
//     items opening on a figure under a line ending "sẽ được phân bổ:", are
//     planned, and so are the body's figures with no status of their own
//     under a lead that announces an event still to come, "… dự kiến sẽ
//     diễn ra vào tháng 12", and tells nothing done), period (multi-year markers carried to the end of the
//     paragraph, and into the next one when it opens on their result or
//     refers back to them, "Các sáng kiến này …", but not a span a
//     fronted "Ghi nhận …" gives its own award, "đại hội theo nhiệm kỳ"
//     or a mid-term conference the counted unions held; snapshot cues
//     unless a verb of what was done follows them, and the "N CĐCS với M
//     đoàn viên" stock shape, unless what the unions did follows), year
//     (explicit in the sentence, else the governing statement, else the
//     article's reporting year from its title and lead, else the year its
//     link's words name after "nam" ("…-nam-2018-…"), else its
//     publication date; never a year a building was begun or
//     opened, "khởi công xây dựng vào năm 2017"; for an undated page, the
//     one year its body states, else the month its address files it
//     under, "…/201709/…"), organisation (the subject named in the
//     sentence, else the paragraph, else kicker/title/lead; funders,
//     addressees, the union the people counted belong to ("đoàn viên thuộc
//     Công đoàn A (thuộc LĐLĐ quận B)") and a higher federation giving at a
//     lower unit's event do not count; a union named by its type alone,
//     "Công đoàn phường", refers back, and one nothing resolves, "LĐLĐ
//     quận" in an article naming no district, is an unnamed district of the
//     article's province; a firm's, a hospital's or a school's own union,
//     "Công đoàn Công ty CP A", acts under its own name, named later by its
//     kind alone, "Công đoàn công ty", or by the initials the article gave
//     it in brackets, "Công đoàn ABC" (or a brand, "Công đoàn Vinatrans",
//     one word no Vietnamese syllable spells), and goes on to the end of its
//     paragraph, but not one being founded or whose committee people are
//     elected to, "Đại hội chọn ra 9 đồng chí vào Ban Chấp hành Công đoàn Trường A";
//     one named industrial zone's union, "Công đoàn KCN A", keeps its
//     name, only "các KCN" being the province's zones' union; a lead whose subject is one body of several units ("LĐLĐ
//     các huyện A, B tổ chức …"; on a page cut below its headline, also
//     the prose paragraph in the title's place) gives a later sentence naming no acting
//     body, but one of those units ("… của huyện B"), to that unit; a
//     province's department's union keeps its province out of its name
//     ("Công đoàn Sở A tỉnh B" is "Công đoàn Sở A" of B); a rate opening
//     "Mỗi …" that names no body is the body's of the count it prices; the
//     count of a set ("A là 1 trong 3 đơn vị …", "3 đơn vị …, gồm: A, B")
//     is the body's that chose it, never a member's; a directive's issuer
//     in "Thực hiện Công văn … của X, …" does not act; a headline's prize
//     winner is no article's body when the text names the contest's holder;
//     one body written in two letter cases takes one spelling, and a body
//     the lexicons list, the one they give in every article, whatever its
//     case, dashes or tone marks: names.go; a generic start of a city's
//     corporation's name, "Tổng Công ty Vận tải", names the city's union
//     only with no name after it, in the city's article or one naming that
//     union in full) and category
//     (cue phrases around the number; an event's own kind, "đêm văn nghệ",
//     over the occasion it serves; a share, the kind of the count after
//     "với"; no cue in a list of topics after "các lĩnh vực:"; entrants
//     chosen as "tiêu biểu" for an event of culture, its kind; homes a union
//     builds or repairs and what they cost, welfare even after a verb of
//     collecting, "vận động 1,4 tỉ đồng xây dựng 12 nhà"; the ranking of
//     unions, "được xếp loại hoàn thành tốt nhiệm vụ", membership, in its
//     own sentence only);
//   - province: organisations of any province are named on the map in force
//     on the article's date (package gazetteer: 63 provinces and their
//     districts until 30/6/2025, 34 provinces and their wards and communes
//     from 1/7/2025; a 2025 article without a date, on both); a name shared
//     by several provinces goes to the one the article supports (its
//     kicker, title and lead, a place in brackets after the name, "Tại Hưng
//     Yên, …", the host of its link, its body, the province its link's
//     words name after a type or union word or at its slug's start,
//     "…/ldld-tinh-ben-tre-…", "…/ha-noi-gan-1000-…"; of several, only one
//     a tỉnh, that one in an article naming "LĐLĐ tỉnh"), else stays
//     without a province; national bodies (Tổng LĐLĐ Việt Nam, Công đoàn …
//     Việt Nam, also under short names: "Công đoàn GTVT VN", "Công đoàn
//     CAND", "Công đoàn BĐVN", a sector's initials glued to "VN"; a firm's
//     union whose name ends in "Việt Nam" is none) are "Việt Nam", whatever
//     place a bracket after the name gives their seat or venue ("Tổng LĐLĐ
//     Việt Nam (Hà Nội)"); an old name after the reform belongs to the
//     province that took over its area. Named bodies (bodies.go,
//     bodies.tsv): a province's bare zone union, a district-level city's
//     own site, a heading's bare province giving way to the province's own
//     body that acts.
//
// An article of the papers' English editions (english.go: a title and lead
// in ASCII with English function words) is read by a path of its own, with
// the rows of lexicon/english.tsv: English numbers, units, cues and names of
// union bodies ("Hai Phong City Labor Federation", "Vietnam Health Trade
// Union", places without diacritics) give the same records, with canonical
// Vietnamese names; no Vietnamese rule reads it, and it changes none. A
// page of another edition (english.go foreignBody: function words of
// another Latin-script language, or a third of its letters in another
// script, as Japanese, Korean or Chinese) gives no record and a note that
// says its language is foreign.
//
// The lexicons — units, qualifiers, status, period and category cues,
// identifier and time words, relevance signals, the small word lists of
// words.tsv, sectoral and city-level unions — are tab-separated data files
// in lexicon/, compiled in and read once. Old and new Vietnamese tone
// placement (hoà and hòa) both match: the lexicon holds both spellings, so
// the text is only lower-cased, which keeps byte offsets.
package extract
