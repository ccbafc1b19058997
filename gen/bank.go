package gen

// Phrase banks. See tmpl for the syntax. Clause banks hold verb phrases
// ("kết nạp {#member} đoàn viên") that follow a subject and an opener
// ("Năm 2021, LĐLĐ quận đã "), and existential phrases ("{/organization} đơn vị
// tổ chức Hội nghị người lao động") that follow "… có ". Every head noun after
// a slot belongs to the slot's unit in the contract's unit table.

// categoryBank is the clause bank of one category.
type categoryBank struct {
	cat    string
	weight int // how often a paragraph is about it
	vp, ex []string
}

var categorySrc = []categoryBank{
	{cat: "membership", weight: 16, vp: []string{
		"kết nạp {#member} đoàn viên[ mới|]",
		"kết nạp mới {#member} [đoàn viên|ĐV|đoàn viên công đoàn]",
		"phát triển [mới |]{#member} [đoàn viên|ĐV] trong khu vực ngoài nhà nước",
		"thành lập [mới |]{#union} [công đoàn cơ sở|CĐCS][ tại các doanh nghiệp có trên {thr} lao động|]",
		"!vận động thành lập {/union} [công đoàn cơ sở|CĐCS]{dat}",
		"!kết nạp {/member} [đoàn viên|ĐV]{dat}",
		"!phát triển {/member} đoàn viên{dat}, thành lập {/union} CĐCS{dat}",
		"trao quyết định thành lập {#union} [công đoàn cơ sở|CĐCS]",
		"tổ chức ra mắt {#union} [CĐCS|công đoàn cơ sở] khu vực ngoài nhà nước",
		"hoàn thành {%:80-130} chỉ tiêu phát triển đoàn viên [được giao|LĐLĐ Thành phố giao]",
		"cấp [mới |]{#item:50-3000} thẻ đoàn viên công đoàn",
		"xây dựng {#union} [CĐCS|công đoàn cơ sở] đạt tiêu chuẩn vững mạnh",
	}, ex: []string{
		"{#union} [CĐCS|công đoàn cơ sở] được thành lập mới",
		"{#member} [đoàn viên|ĐV] mới được kết nạp",
		"!{/union} [CĐCS|công đoàn cơ sở] được xếp loại vững mạnh{dat}",
		"{%} [CĐCS|công đoàn cơ sở] được xếp loại hoàn thành tốt nhiệm vụ",
	}},
	{cat: "welfare", weight: 20, vp: []string{
		"trao {#gift} [suất quà|phần quà] [Tết |]cho đoàn viên, người lao động có hoàn cảnh khó khăn",
		"tặng {#gift} suất quà[ của LĐLĐ Thành phố|] cho CNVCLĐ[, mỗi suất {$/}| (mỗi suất {$/})| trị giá {$/}/suất]",
		"trao {#gift} [suất quà|phần quà] với tổng trị giá {$}",
		"hỗ trợ {#person} [người lao động|NLĐ|CNVCLĐ|công nhân]{covid} với [tổng |]số tiền {$}",
		"trợ cấp [khó khăn|đột xuất] cho {#person:1-60} [CNVCLĐ|người lao động|công nhân] với số tiền {$:2000000-80000000}",
		"trợ cấp [khó khăn|đột xuất] cho {#member:1-60} [đoàn viên|ĐV] với số tiền {$:2000000-80000000}",
		"hỗ trợ {#household:1-40} gia đình đoàn viên xây, sửa nhà Mái ấm công đoàn với tổng kinh phí {$:50000000-2000000000}",
		"thăm hỏi, tặng quà {#household} [hộ|gia đình] CNVCLĐ [có hoàn cảnh khó khăn|chính sách]",
		"phát {#item} [chiếc khẩu trang|tấm chắn giọt bắn|bộ bảo hộ lao động] miễn phí cho người lao động",
		"trao {#item} [chiếc khẩu trang|tấm chắn|bộ kit xét nghiệm nhanh] và {$} [ủng hộ|hỗ trợ] các đơn vị tuyến đầu",
		"tổ chức {#event:1-12} chương trình “Tết sum vầy” [cho công nhân lao động|tại các khu nhà trọ]",
		"đưa {#person:10-400} công nhân [lao động |]có hoàn cảnh khó khăn về quê ăn Tết",
		"=emulation khen thưởng {#person} cháu [học sinh giỏi|học sinh vượt khó học giỏi] là con CNVCLĐ",
		"hỗ trợ {#person} lao động[ mất việc làm|]{covid}, mỗi người {$/}",
		"trao {#gift} [suất|phần] quà[, mỗi suất {$/}| mỗi suất {$/}]",
		"!thành lập {#organization:1-5} tổ công tác nắm bắt tình hình đời sống người lao động",
		"ký kết chương trình phúc lợi với {#organization:3-60} [đơn vị|doanh nghiệp] [cung ứng hàng hóa, dịch vụ|trên địa bàn]",
		"tổ chức cho {#member} [lượt |][đoàn viên|ĐV] đi tham quan, nghỉ dưỡng",
	}, ex: []string{
		"{#person} [lượt |][người lao động|CNVCLĐ|NLĐ] được thụ hưởng các chương trình phúc lợi",
		"{#gift} [suất quà|phần quà] được trao tận tay đoàn viên, người lao động",
		"{#household:1-40} gia đình đoàn viên được hỗ trợ xây, sửa nhà Mái ấm công đoàn",
	}},
	{cat: "representation", weight: 12, vp: []string{
		"hướng dẫn {#union} [CĐCS|công đoàn cơ sở] thương lượng, ký kết thỏa ước lao động tập thể",
		"phối hợp kiểm tra, giám sát việc thực hiện chính sách pháp luật lao động tại {#organization} [doanh nghiệp|đơn vị]",
		"tư vấn pháp luật cho {#person} [lượt |][người lao động|CNVCLĐ|công nhân]",
		"tư vấn pháp luật cho {#member} [lượt |]đoàn viên công đoàn",
		"tổ chức {#event} [cuộc|hội nghị] đối thoại giữa người sử dụng lao động và người lao động",
		"tham gia giải quyết {#event:1-15} cuộc ngừng việc tập thể",
		"tiếp nhận, giải quyết {#count:2-80} [đơn thư|vụ việc] [khiếu nại|kiến nghị] của người lao động",
		"giám sát việc chi trả lương, thưởng Tết tại {#organization} [doanh nghiệp|đơn vị, doanh nghiệp]",
	}, ex: []string{
		"!{/organization} [đơn vị|cơ quan, đơn vị] tổ chức Hội nghị cán bộ công chức, viên chức{dat}",
		"!{/organization} [doanh nghiệp|đơn vị, doanh nghiệp] tổ chức Hội nghị người lao động{dat}",
		"{%} [doanh nghiệp có tổ chức công đoàn|CĐCS doanh nghiệp] ký kết thỏa ước lao động tập thể",
		"{#organization} doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc",
	}},
	{cat: "emulation", weight: 16, vp: []string{
		"biểu dương {#person} [“Công nhân giỏi”|công nhân giỏi cấp cơ sở|công nhân giỏi cấp ngành|lao động giỏi]",
		"đề nghị LĐLĐ Thành phố tặng danh hiệu “Công nhân giỏi Thủ đô” cho {#person:2-40} cá nhân",
		"tặng Bằng khen cho {#collective} tập thể và {#person:2-300} cá nhân",
		"tặng Cờ thi đua cho {#collective:1-12} tập thể [xuất sắc|dẫn đầu phong trào thi đua]",
		"công nhận {#initiative} [sáng kiến|sáng kiến, cải tiến kỹ thuật|đề tài, giải pháp]",
		"tổ chức {#event} hội thi [lao động giỏi|tay nghề giỏi|thợ giỏi]",
		"tôn vinh {#person:5-200} [gương|tấm gương] điển hình tiên tiến",
		"khen thưởng {#person} cá nhân có thành tích xuất sắc trong phong trào thi đua",
	}, ex: []string{
		"{#initiative} [lượt |]sáng kiến được các cấp công nhận, làm lợi {$}",
		"{#person} [lượt |]nữ CNVCLĐ đạt danh hiệu “Giỏi việc nước, đảm việc nhà”",
		"{#collective} [lượt |]tập thể đạt danh hiệu lao động xuất sắc",
		"{#organization:5-150} đơn vị đạt danh hiệu “Đơn vị văn hóa tiêu biểu”",
		"{#household} gia đình CNVCLĐ đạt danh hiệu “Gia đình văn hóa tiêu biểu”",
		"{%} [CĐCS|công đoàn cơ sở] đăng ký giao ước thi đua",
	}},
	{cat: "training", weight: 10, vp: []string{
		"tổ chức {#event:1-30} lớp tập huấn nghiệp vụ công tác công đoàn cho {#person} [cán bộ công đoàn|cán bộ CĐCS]",
		"mở {#event:1-30} lớp [bồi dưỡng|đào tạo] [nghiệp vụ|kỹ năng] cho cán bộ công đoàn cơ sở",
		"bồi dưỡng {%:50-100} cán bộ công đoàn cơ sở",
		"tổ chức {#event} [cuộc|hội nghị] tuyên truyền, phổ biến pháp luật, thu hút {#person} [lượt |][CNVCLĐ|người lao động] tham gia",
		"đăng tải {#count:10-600} tin, bài trên trang thông tin điện tử",
		"phát hành {#item:200-20000} [cuốn sổ tay|tờ gấp] tuyên truyền pháp luật lao động",
		"cử {#person:2-80} cán bộ tham gia lớp lý luận chính trị",
	}, ex: []string{
		"{#person} [lượt |]cán bộ công đoàn được tập huấn nghiệp vụ",
		"{#event:1-30} lớp tập huấn được tổ chức cho cán bộ công đoàn cơ sở",
	}},
	{cat: "finance", weight: 10, vp: []string{
		"vận động CNVCLĐ ủng hộ [Quỹ Xã hội|Quỹ “Vì người nghèo”|Quỹ Mái ấm công đoàn|đồng bào vùng lũ] với số tiền {$}",
		"giải quyết cho {#member} đoàn viên vay vốn phát triển kinh tế gia đình với tổng số tiền {$}",
		"giải ngân {$} từ Quỹ trợ vốn CNVCLĐ nghèo cho {#household} hộ đoàn viên",
		"thu kinh phí công đoàn đạt {%:80-130} kế hoạch",
		"thu đoàn phí công đoàn được {$}",
		"giải quyết việc làm mới cho {#person} lao động",
		"cho {#union:2-150} [CĐCS|công đoàn cơ sở] vay vốn với tổng số tiền {$}",
	}, ex: []string{
		"{#union:2-150} [CĐCS|công đoàn cơ sở] nộp đủ kinh phí công đoàn",
		"{$} được vận động ủng hộ [Quỹ Xã hội|Quỹ Mái ấm công đoàn]",
	}},
	{cat: "culture", weight: 8, vp: []string{
		"tổ chức {#event:1-20} [hội diễn văn nghệ|hội thao|giải bóng đá|hội thi văn nghệ] thu hút {#person} [lượt |][vận động viên|diễn viên|CNVCLĐ] tham gia",
		"tham gia Hội diễn nghệ thuật quần chúng với {#count:3-40} tiết mục",
		"đạt {#count:1-30} [giải|giải thưởng] tại Hội thao CNVCLĐ Thủ đô",
		"tổ chức {#event:1-20} hội thi [“Duyên dáng áo dài”|cắm hoa nghệ thuật|nấu ăn ngon]",
	}, ex: []string{
		"{#person} [lượt |][vận động viên|CNVCLĐ] tham gia các giải thể thao",
		"{#event:1-20} [hội diễn|hội thao|cuộc thi] văn hóa, thể thao được tổ chức",
	}},
	{cat: "other", weight: 8, vp: []string{
		"triển khai {#event:3-20} [hoạt động trọng tâm|nhiệm vụ trọng điểm]",
		"ban hành {#count:5-120} văn bản chỉ đạo, hướng dẫn",
		"tổ chức {#event:1-20} [cuộc khảo sát|hội nghị] nắm tình hình tư tưởng CNVCLĐ",
		"tiếp {#organization:2-40} đoàn công tác [trong nước|của các tỉnh, thành]",
		"tham gia góp ý {#count:2-30} dự thảo văn bản",
	}, ex: []string{
		"{#event:3-20} chương trình công tác trọng tâm được triển khai",
	}},
}

// Sentence openers: an opener puts the clauses in a status, period and year.
var (
	openYearVP = []string{
		"Năm @Y, @S đã ", "Trong năm @Y, @S đã ", "Trong năm, @S đã ", "Cụ thể, @S đã ",
		"Bên cạnh đó, @S ", "Từ đầu năm đến nay, @S đã ", "Trong 6 tháng đầu năm @Y, @S đã ",
		"Đặc biệt, năm qua, @S đã ", "Năm qua, @S đã ", "Theo báo cáo, trong năm @Y, @S đã ",
		"Cùng với đó, @S còn ", "Ngoài ra, @S ", "Riêng năm @Y, @S đã ", "Tính riêng trong năm @Y, @S ",
	}
	openYearEX = []string{
		"Trong năm @Y, @A có ", "Kết quả, @A đã có ", "Đến nay, @A đã có ", "Năm @Y, @A có ",
		"Qua đó, @A có ", "Tính đến cuối năm @Y, @A đã có ",
	}
	openPlanVP = []string{
		"Mục tiêu năm @P, @S sẽ ", "Năm @P, @S phấn đấu ", "Theo kế hoạch, năm @P @S sẽ ",
		"Trong năm @P, @S dự kiến ", "@S đặt mục tiêu trong năm @P sẽ ", "Kế hoạch năm @P, @S phấn đấu ",
	}
	openPlanNext = []string{
		"Cùng với đó, @S sẽ ", "Bên cạnh đó, @S phấn đấu ", "Đồng thời, @S dự kiến ", "@S cũng sẽ ",
	}
	openPlanEX = []string{
		"Mục tiêu năm @P, phấn đấu @A có ", "Năm @P, @S phấn đấu để @A có ",
	}
	openMultiVP = []string{
		"Trong @M, @S đã ", "@M, @S đã ", "Qua @M, @S đã ",
	}
	openMultiEX = []string{
		"Trong @M, @A đã có ", "@M, @A có ",
	}
	openOther = []string{
		"Cũng trong năm @Y, @S đã ", "Trong năm @Y, @S cũng ", "Tại địa bàn lân cận, năm @Y @S đã ",
	}
)

// snapshotSrc are whole sentences stating a stock at the time of writing.
var snapshotSrc = []struct{ cat, src string }{
	{"membership", "@S hiện quản lý {#union:150-900} [công đoàn cơ sở|CĐCS] với {#member:8000-60000} đoàn viên[, công nhân viên chức, lao động (CNVCLĐ)|]."},
	{"membership", "Hiện nay, @A có {#union:150-900} CĐCS với tổng số {#member:8000-60000} đoàn viên."},
	{"membership", "Tính đến nay, @S đang quản lý {#union:150-900} công đoàn cơ sở, trong đó có {#union:50-400} CĐCS doanh nghiệp ngoài nhà nước."},
	{"other", "Hiện @A có {#person:10000-90000} CNVCLĐ đang làm việc tại {#organization:200-3000} cơ quan, đơn vị, doanh nghiệp."},
	{"finance", "Quỹ trợ vốn của @S hiện có tổng nguồn vốn {$:2000000000-30000000000}."},
}

// titleMetricSrc are headlines with a figure of the article's own org and year.
var titleMetricSrc = []struct{ cat, src string }{
	{"membership", "@T: Kết nạp {#member} đoàn viên mới"},
	{"membership", "@T: Thành lập mới {#union} công đoàn cơ sở"},
	{"welfare", "@T: Trao {#gift} suất quà Tết cho người lao động"},
	{"welfare", "@T: Hỗ trợ {$} cho đoàn viên khó khăn"},
	{"emulation", "@T: Biểu dương {#person} công nhân giỏi"},
	{"emulation", "@T: Tôn vinh {#person:5-200} gương điển hình tiên tiến"},
}

var titleSrc = []string{
	"@T: Chăm lo thiết thực cho đoàn viên, người lao động",
	"Hướng về cơ sở, vì công nhân viên chức và người lao động",
	"Tập trung nguồn lực chăm lo đoàn viên, người lao động",
	"@T tổng kết công tác công đoàn năm @Y",
	"Chú trọng nâng cao chất lượng hoạt động công đoàn cơ sở",
	"@T: Đẩy mạnh phong trào thi đua trong CNVCLĐ",
	"Đổi mới, sáng tạo để Công đoàn thực sự là chỗ dựa của người lao động",
	"@T: Nhiều dấu ấn trong công tác phát triển đoàn viên",
	"Lan tỏa phong trào thi đua yêu nước trong công nhân, viên chức, lao động",
	"@T: Đồng hành cùng người lao động vượt khó",
}

// leadSrc are lead sentences naming the org and the reporting year.
var leadSrc = []string{
	"Năm @Y, hoạt động công đoàn của @O tiếp tục có nhiều đổi mới về nội dung và hình thức, tập trung chăm lo đời sống vật chất, tinh thần cho đoàn viên, người lao động.",
	"Với phương châm hướng về cơ sở, hoạt động công đoàn của @O trong năm @Y đã chú trọng chăm lo, bảo vệ quyền, lợi ích hợp pháp, chính đáng cho đoàn viên, người lao động.",
	"Sáng {date}, @O tổ chức Hội nghị tổng kết công tác công đoàn năm @Y, triển khai nhiệm vụ năm @P.",
	"Từ đầu năm @Y đến nay, @O đã và đang tập trung nguồn lực để chăm lo, hỗ trợ, đồng hành cùng đoàn viên, người lao động.",
	"Trong năm @Y, @O đã triển khai đồng bộ các nhiệm vụ trọng tâm, góp phần vào kết quả chung của phong trào công nhân, viên chức, lao động Thủ đô.",
	"Công tác phát triển đoàn viên, xây dựng tổ chức công đoàn vững mạnh là nhiệm vụ trọng tâm mà @O đặt ra trong năm @Y.",
}

// fillerSrc are body sentences without metrics; some carry the non-metric
// numbers the contract excludes.
var fillerSrc = []string{
	"Hoạt động công đoàn đã có nhiều đổi mới về nội dung và hình thức, nhất là trong việc chăm lo, bảo vệ quyền lợi người lao động.",
	"@S đã chủ động tham mưu với cấp ủy, phối hợp với chính quyền cụ thể hóa các chủ trương của Đảng, chính sách pháp luật của Nhà nước.",
	"Mỗi hoạt động của các cấp công đoàn đều hướng về người lao động, vì người lao động.",
	"Sau mỗi hoạt động, Ban Thường vụ đều nắm bắt tình hình cơ sở, dư luận trong CNVCLĐ để điều chỉnh, rút kinh nghiệm kịp thời.",
	"Các phong trào thi đua được triển khai có trọng tâm, trọng điểm, thu hút đông đảo đoàn viên, người lao động tham gia.",
	"Thực hiện Kế hoạch số {doc} của LĐLĐ Thành phố, @S đã chỉ đạo các công đoàn cơ sở triển khai đồng bộ các giải pháp.",
	"Theo tinh thần Nghị quyết số {doc}, @S tiếp tục củng cố, kiện toàn đội ngũ cán bộ công đoàn cơ sở.",
	"Ngày {date}, @S tổ chức hội nghị giao ban với các công đoàn cơ sở trực thuộc.",
	"Đường dây nóng {phone} của @S luôn sẵn sàng tiếp nhận phản ánh của người lao động.",
	"Chương trình phúc lợi giúp đoàn viên mua sắm hàng hóa, dịch vụ với giá ưu đãi {disc}.",
	"Công tác phát triển đoàn viên được tập trung tại các doanh nghiệp có trên {thr} lao động chưa có tổ chức công đoàn.",
	"Các hoạt động được tổ chức nhân kỷ niệm {anniv}.",
	"Nhiều cháu là con CNVCLĐ đạt danh hiệu học sinh giỏi, học sinh tiên tiến {school}.",
	"Theo Điều {art} Bộ luật Lao động, người sử dụng lao động phải tổ chức đối thoại định kỳ tại nơi làm việc.",
	"Chương trình ưu tiên lao động trên {age} tuổi, lao động nữ đang nuôi con nhỏ.",
	"Hội nghị diễn ra từ {time}, với sự tham dự của đại diện lãnh đạo các công đoàn cơ sở.",
	"Trong 6 tháng đầu năm, nhiều doanh nghiệp gặp khó khăn về đơn hàng, việc làm của người lao động bị ảnh hưởng.",
	"@S đã nỗ lực vượt khó, bám sát nhiệm vụ chính trị của địa phương và Thủ đô.",
	"Đây là minh chứng cho thấy sự đoàn kết, sáng tạo của đội ngũ cán bộ công đoàn từ cơ sở tới cấp trên.",
	"Theo Chủ tịch @O @N, mỗi hoạt động đều phải vì cơ sở, vì người lao động.",
	"Tổ chức công đoàn ngày càng khẳng định vai trò trong các doanh nghiệp, các ngành và hệ thống chính trị.",
}

var quoteSrc = []string{
	"“Các hoạt động hướng về cơ sở đã kịp thời động viên và tạo thêm lòng tin của CNVCLĐ với tổ chức Công đoàn” - Chủ tịch @O @N chia sẻ.",
	"Phát biểu tại hội nghị, đồng chí @N đề nghị các cấp công đoàn tiếp tục đổi mới, sáng tạo, thực sự là chỗ dựa tin cậy của người lao động.",
	"Theo đồng chí @N, để đạt được những kết quả này là nhờ sự lãnh đạo, chỉ đạo sâu sát của cấp ủy và sự đoàn kết của đội ngũ cán bộ công đoàn.",
	"“Chúng tôi luôn xác định chăm lo cho người lao động là nhiệm vụ trọng tâm” - đồng chí @N nhấn mạnh.",
}

// captionMetricSrc are photo captions that state a figure of the article's org.
var captionMetricSrc = []struct{ cat, src string }{
	{"welfare", "Lãnh đạo @S trao {#gift} suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn."},
	{"emulation", "Đại diện @S trao Bằng khen cho {#collective:2-30} tập thể và {#person:2-40} cá nhân."},
	{"training", "@S tổ chức {#event:1-10} lớp tập huấn cho cán bộ công đoàn cơ sở."},
	{"membership", "@S trao quyết định thành lập {#union:2-30} công đoàn cơ sở."},
}

var captionSrc = []string{
	"Lãnh đạo @S biểu dương, khen thưởng các tập thể, cá nhân có thành tích xuất sắc.",
	"Đoàn viên, người lao động phấn khởi khi được tổ chức Công đoàn quan tâm, chăm lo.",
	"@S tổ chức Hội nghị tập huấn cho cán bộ công đoàn cơ sở.",
	"Quang cảnh hội nghị.",
	"Các đại biểu tham quan gian hàng phúc lợi dành cho đoàn viên.",
}

// teaserTitleSrc and teaserSrc fill related links and the trailing chrome:
// other articles, whose figures are never recorded.
var teaserTitleSrc = []string{
	"@X: Tuyên dương {#person:20-200} tấm gương tiêu biểu trong học tập và làm theo Bác",
	"Trao {#gift} suất quà Tết cho công nhân lao động có hoàn cảnh khó khăn",
	"@X tổng kết công tác công đoàn năm @Z",
	"Ký kết chương trình phúc lợi cho đoàn viên công đoàn",
	"Xứng đáng với Huân chương Lao động hạng Nhất",
	"Sôi nổi Hội diễn văn nghệ công nhân viên chức lao động",
	"Triển khai nhiệm vụ công tác 6 tháng cuối năm @Z",
	"{#member} đoàn viên được thụ hưởng chương trình phúc lợi",
	"@X: Vượt chỉ tiêu về phát triển đoàn viên",
	"Hà Nội: Hạn chế xe tải, xe container hướng vào đường Vành đai",
	"Bốc thăm lịch thi đấu giải bóng đá nữ Quốc gia",
	"Ngày hội lớn của tuổi trẻ Thủ đô",
	"Hàng trăm triệu đồng thiện nguyện hướng về đồng bào vùng lũ",
}

var teaserSrc = []string{
	"Sáng {date}, @X tổ chức Hội nghị tổng kết công tác năm @Z với sự tham dự của {#person:50-300} đại biểu.",
	"Tổng kinh phí xã hội hóa đã được quy đổi thành tiền mặt trị giá {$} để sẻ chia khó khăn với bà con vùng lũ.",
	"Nhân dịp kỷ niệm {anniv}, @X đã trao {#gift} suất quà cho đoàn viên có hoàn cảnh khó khăn.",
	"Chiều {date}, Hội đồng Tiền lương Quốc gia họp phiên thứ hai về lương tối thiểu vùng năm @Z.",
	"Bệnh viện vừa tiếp nhận và điều trị cho {#person:2-9} bệnh nhân mắc liên cầu lợn.",
	"Trong năm @Z, @X đã kết nạp {#member} đoàn viên, thành lập {#union} công đoàn cơ sở.",
	"Hoạt động nhằm nâng cao nhận thức, thay đổi thói quen sinh hoạt của hội viên và người dân trên địa bàn.",
	"Đại hội Công đoàn lần thứ I diễn ra trong năm @Z với {#person:50-200} đại biểu chính thức tham dự.",
}

var (
	personNames = []string{"Nguyễn Xuân Trọng", "Lê Hoàng Thủy Vân", "Nguyễn Khương Anh", "Phạm Quang Thanh",
		"Trần Thị Hải Yến", "Đỗ Văn Hùng", "Vũ Minh Đức", "Hoàng Thị Lan", "Bùi Đức Thắng", "Ngô Thanh Hà"}
	signatures = []string{"P.T", "Mai Quý", "Đ.L", "Trần Vũ", "Hà Anh", "N.H", "Minh Châu", "Thanh Hương",
		"Bảo Ngọc", "Quang Minh", "V.A", "Hồng Nhung"}
	chromeHeads = []string{"Có thể bạn quan tâm", "Tin khác", "Xem thêm"}
)
