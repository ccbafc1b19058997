package aggregate

// Rule is one aggregation rule, in Vietnamese, for the methodology page.
type Rule struct {
	Title string
	Text  string
}

// Methodology returns the rules of Build in Vietnamese, in the order of the
// package documentation, each with a worked example from the sample corpus
// (testdata/corpus, whose figures TestSampleTotals checks). The caller owns
// the returned slice.
func Methodology() []Rule {
	return []Rule{
		{
			Title: "Mỗi con số là một lần nhắc đến",
			Text: "Mỗi con số viết bằng chữ số trong bài báo được ghi thành một số liệu, kèm câu văn chứa nó. " +
				"Năm của bài báo là năm xuất hiện nhiều nhất trong các số liệu của bài, nếu bằng nhau thì lấy năm gần nhất.",
		},
		{
			Title: "Bài đăng lại chỉ tính một lần",
			Text: "Hai bài có nội dung giống hệt nhau được coi là một bài. " +
				"Chỉ giữ bài đầu tiên theo tên tệp; bài đăng lại vẫn được liệt kê trong danh sách số liệu nhưng không được cộng vào bất kỳ bảng nào, và được ghi trong phần cảnh báo. " +
				"Ví dụ từ bộ bài mẫu: bài tổng kết năm 2022 của Hai Bà Trưng được đăng hai lần; 1.408 đoàn viên kết nạp chỉ được tính một lần.",
		},
		{
			Title: "Chỉ số liệu của tỉnh, thành phố được báo cáo",
			Text: "Báo đưa tin của cả nước. Báo cáo của một tỉnh, thành phố chỉ tính số liệu của các cấp công đoàn thuộc tỉnh, thành phố đó, theo địa giới hành chính tại ngày đăng bài. " +
				"Số liệu của tỉnh, thành phố khác, của các cơ quan công đoàn Trung ương và số liệu chưa xác định được tỉnh vẫn có trong dữ liệu mở, nhưng không được đưa vào bảng, biểu đồ hay tệp Excel nào; trang «Số liệu ngoài phạm vi» liệt kê chúng. " +
				"Bài không nói về hoạt động công đoàn không cho số liệu nào.",
		},
		{
			Title: "Một sự việc chỉ đếm một lần",
			Text: "Các số liệu cùng đơn vị, cùng năm, cùng lĩnh vực, cùng đối tượng đếm, cùng giá trị, cùng kỳ và cùng tính chất là một sự việc: chú thích ảnh và thân bài, đoạn văn lặp lại, hai bài cùng đưa một con số, có hoặc không kèm chỉ tiêu (1.623/1.500 và 1.623). " +
				"Con số làm tròn ở tít bài (“gần 60.000”, “hơn 2.000”) nhắc lại con số chính xác trong bài cũng là một sự việc. " +
				"Riêng hai con số giống nhau trong cùng một đoạn văn của cùng một bài luôn là hai sự việc khác nhau, ví dụ hai lần khen thưởng 4 tập thể. " +
				"Ví dụ từ bộ bài mẫu: Đông Anh năm 2022 kết nạp 1.623 đoàn viên (hai bài nêu), không phải 3.246; LĐLĐ Thành phố năm 2023 kết nạp 59.470 đoàn viên (tít bài ghi “gần 60.000”), không phải 119.470.",
		},
		{
			Title: "Số tiền tính từ mức mỗi suất",
			Text: "Mức tiền cho mỗi suất (ví dụ 242 suất quà, mỗi suất 1 triệu đồng) không được cộng trực tiếp. " +
				"Nó được nhân với số suất đứng ngay trước trong cùng câu để ra tổng số tiền, được đánh dấu là số tính toán và được cộng như số liệu bài báo nêu. " +
				"Nếu bài báo đã nêu đúng tổng số tiền đó thì không cộng thêm lần nữa; nếu bài báo chỉ nêu khoảng mức (từ … đến … mỗi người) thì không tính tổng. " +
				"Ví dụ từ bộ bài mẫu: Thanh Xuân năm 2023 trao 1.200 suất quà Tết, mỗi suất 800.000 đồng, tức 960 triệu đồng; mức hỗ trợ “từ 1.855.000 đến 3.710.000 đồng/người” của Mê Linh năm 2021 không được nhân.",
		},
		{
			Title: "Kỳ của số liệu",
			Text: "Kỳ của mỗi số liệu được đọc từ câu văn: “6 tháng đầu năm”, “đến hết tháng 11”, “từ đầu năm đến nay”, “từ tháng 7 đến nay”, “trong Tháng Công nhân” là số liệu một phần năm; “cả năm”, “trong năm” là cả năm. " +
				"Con số đứng sau “đại diện cho”, “hiện có”, “đang quản lý” là số hiện có, không phải kết quả trong năm. " +
				"Ví dụ từ bộ bài mẫu: “đại diện cho hơn 36.000 đoàn viên” ở Đại hội Công đoàn quận Cầu Giấy là số đoàn viên hiện có, không phải số kết nạp năm 2023.",
		},
		{
			Title: "Tổng hợp theo năm",
			Text: "Bảng theo năm cộng các kết quả đã đạt được trong năm, theo từng đơn vị, năm, lĩnh vực và đơn vị tính. " +
				"Không cộng tỷ lệ phần trăm, chỉ tiêu kế hoạch, số liệu nhiều năm, số hiện có và số liệu chưa rõ đơn vị hoặc chưa rõ năm. " +
				"Số liệu lũy kế từ đầu năm mới nhất thay cho số trước đó, không cộng thêm; có số cả năm thì không dùng số một phần năm; số được nêu là kết quả chung cả năm thay cho các phần của nó. " +
				"Hai bài đưa hai con số khác nhau cho cùng một chỉ tiêu là số liệu mâu thuẫn: cả hai được nêu kèm nguồn và không được cộng cho đến khi xác minh. " +
				"Ô có số liệu ghi “hơn”, “gần”, “khoảng” được đánh dấu là số ước tính. " +
				"Ví dụ từ bộ bài mẫu: Ba Đình năm 2022 kết nạp 812 đoàn viên trong 6 tháng đầu năm và 1.612 cả năm: kết quả năm là 1.612, không phải 2.424; Cầu Giấy năm 2022 có hai bài ghi 1.326 và 1.362 đoàn viên: không số nào được cộng.",
		},
		{
			Title: "Cộng các đơn vị có số liệu",
			Text: "Không có “tổng toàn thành phố” tính từ bài báo: tổng của các quận, huyện, thị xã (đến 30/6/2025) hoặc các phường, xã (từ 1/7/2025) có số liệu luôn ghi kèm số đơn vị có số liệu trên tổng số đơn vị. " +
				"Số liệu do Liên đoàn Lao động Thành phố tự báo cáo là số chính, được trình bày bên cạnh tổng của các đơn vị, không bao giờ cộng vào nhau. " +
				"Không cộng các cụm thi đua (cụm gồm các đơn vị đã được tính), công đoàn ngành và các đơn vị ngoài danh mục. " +
				"Chỉ xếp hạng khi có ít nhất 5 đơn vị và một phần tư số đơn vị có số liệu, và luôn ghi xếp hạng bao nhiêu đơn vị. " +
				"Ví dụ từ bộ bài mẫu: năm 2023 cộng các đơn vị có số liệu là 5.119 đoàn viên kết nạp (5/30 quận, huyện, thị xã), còn LĐLĐ Thành phố báo cáo 59.470 đoàn viên.",
		},
		{
			Title: "Số hiện có",
			Text: "Số hiện có tại một thời điểm (ví dụ hiện quản lý 480 công đoàn cơ sở) được ghi là “hiện có” theo năm của nó, không cộng qua các năm và không cộng giữa các đơn vị. " +
				"Với mỗi đơn vị và mỗi chỉ tiêu chỉ lấy số của năm gần nhất; nếu cùng năm thì lấy số được nhắc nhiều lần hơn, rồi số của bài sau. " +
				"Ví dụ từ bộ bài mẫu: Sơn Tây có 186 công đoàn cơ sở năm 2020 và 203 năm 2023: số hiện có là 203 (năm 2023).",
		},
		{
			Title: "Kế hoạch và mức hoàn thành",
			Text: "Số liệu dạng X/Y (ví dụ kết nạp 1.715/1.250 đoàn viên) được hiểu là đạt X trên chỉ tiêu Y, mức hoàn thành bằng X chia Y nhân 100, làm tròn hai chữ số thập phân. " +
				"Mỗi chỉ tiêu kế hoạch trong năm được đối chiếu với tổng kết quả đạt được cùng đơn vị, năm, lĩnh vực và đơn vị tính, nếu có; kết quả một phần năm chỉ là tiến độ, không phải mức hoàn thành cả năm. " +
				"Số liệu của cả một giai đoạn (5 năm qua, nhiệm kỳ) được liệt kê riêng theo năm cuối giai đoạn và không bao giờ cộng vào một năm nào. " +
				"Ví dụ từ bộ bài mẫu: năm 2022 Thành phố đặt chỉ tiêu 55.000 đoàn viên; 27.600 đoàn viên “đến hết tháng 6” là tiến độ 6 tháng, không phải hoàn thành 50,18% kế hoạch năm.",
		},
		{
			Title: "So sánh với năm trước trên cùng các đơn vị",
			Text: "Mức tăng giảm của một đơn vị chỉ tính khi có số liệu cả năm của hai năm liền nhau về cùng loại đối tượng: (năm nay − năm trước) chia năm trước nhân 100. " +
				"Mức tăng giảm của tổng các đơn vị chỉ so các đơn vị có số liệu cả hai năm, và ghi số đơn vị được so sánh; với Thành phố chỉ so số liệu Thành phố tự báo cáo. " +
				"Không so sánh qua đợt sắp xếp đơn vị hành chính năm 2025, trừ khi so một quận, huyện với tổng của tất cả các phường, xã nhận địa bàn của nó và tất cả đều có số liệu. " +
				"Ví dụ từ bộ bài mẫu: năm 2022 so với 2021 chỉ Đông Anh và Sóc Sơn có số liệu cả hai năm: 2.444 lên 2.888 đoàn viên (tăng 18,17%, 2 đơn vị).",
		},
		{
			Title: "Hai bản đồ hành chính",
			Text: "Từ 1/7/2025, 30 quận, huyện, thị xã của Hà Nội được thay bằng 126 phường, xã. " +
				"Năm 2025 được tách làm hai: số liệu của quận, huyện, thị xã thuộc bản đồ cũ (đến 30/6/2025), của phường, xã thuộc bản đồ mới (từ 1/7/2025); một quận và các phường kế thừa nó không bao giờ được cộng chung cho cùng một kỳ. " +
				"Phường, xã mang tên quận, huyện cũ là đơn vị khác: trang của mỗi đơn vị dẫn tới đơn vị trước và sau sắp xếp. " +
				"Ví dụ từ bộ bài mẫu: xã Sóc Sơn (từ 1/7/2025) và huyện Sóc Sơn (đến 30/6/2025) là hai đơn vị; năm 2025 có 2/126 phường, xã có số liệu kết nạp đoàn viên.",
		},
		{
			Title: "Kiểm tra số liệu",
			Text: "Hệ thống nêu để người tổng hợp xem lại: tỷ lệ hoàn thành bài báo ghi không khớp với X/Y (được chấp nhận khi bằng kết quả làm tròn hoặc cắt bớt đến số chữ số bài báo ghi); " +
				"hai bài báo đưa hai con số khác nhau cho cùng một chỉ tiêu; chỉ tiêu kế hoạch chưa có kết quả; số liệu chưa xác định được đơn vị.",
		},
	}
}
