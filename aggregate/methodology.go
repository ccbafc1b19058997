package aggregate

// Rule is one aggregation rule, in Vietnamese, for the methodology page.
type Rule struct {
	Title string
	Text  string
}

// Methodology returns the rules of Build in Vietnamese, in the order of the
// package documentation. The caller owns the returned slice.
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
				"Chỉ giữ bài đầu tiên theo tên tệp; bài đăng lại vẫn được liệt kê trong danh sách số liệu nhưng không được cộng vào bất kỳ bảng nào, và được ghi trong phần cảnh báo.",
		},
		{
			Title: "Một sự việc chỉ đếm một lần",
			Text: "Các số liệu cùng đơn vị, cùng năm, cùng lĩnh vực, cùng đối tượng đếm, cùng giá trị và cùng tính chất là một sự việc: chú thích ảnh và thân bài, đoạn văn lặp lại, hai bài cùng đưa một con số. " +
				"Riêng hai con số giống nhau trong cùng một đoạn văn của cùng một bài luôn là hai sự việc khác nhau, ví dụ hai lần khen thưởng 4 tập thể.",
		},
		{
			Title: "Số tiền tính từ mức mỗi suất",
			Text: "Mức tiền cho mỗi suất (ví dụ 242 suất quà, mỗi suất 1 triệu đồng) không được cộng trực tiếp. " +
				"Nó được nhân với số suất đứng ngay trước trong cùng câu để ra tổng số tiền, được đánh dấu là số tính toán và được cộng như số liệu bài báo nêu. " +
				"Nếu bài báo đã nêu đúng tổng số tiền đó thì không cộng thêm lần nữa.",
		},
		{
			Title: "Tổng hợp theo năm",
			Text: "Bảng theo năm cộng các kết quả đã đạt được trong năm, theo từng đơn vị, năm, lĩnh vực và đơn vị tính. " +
				"Không cộng tỷ lệ phần trăm, chỉ tiêu kế hoạch, số liệu nhiều năm, số hiện có và số liệu chưa rõ đơn vị hoặc chưa rõ năm. " +
				"Ô có số liệu ghi “hơn”, “gần”, “khoảng” được đánh dấu là số ước tính.",
		},
		{
			Title: "Số liệu toàn thành phố",
			Text: "Tổng toàn thành phố là tổng của các quận, huyện, thị xã, phường, xã và công đoàn ngành. " +
				"Không cộng các cụm thi đua vì cụm gồm các đơn vị đã được tính. " +
				"Số liệu do Liên đoàn Lao động Thành phố tự báo cáo được trình bày bên cạnh tổng của các đơn vị, không bao giờ cộng vào nhau.",
		},
		{
			Title: "Số hiện có",
			Text: "Số hiện có tại một thời điểm (ví dụ hiện quản lý 480 công đoàn cơ sở) không cộng qua các năm. " +
				"Với mỗi đơn vị và mỗi chỉ tiêu chỉ lấy số của năm gần nhất; nếu cùng năm thì lấy số được nhắc nhiều lần hơn, rồi số của bài sau.",
		},
		{
			Title: "Kế hoạch và mức hoàn thành",
			Text: "Số liệu dạng X/Y (ví dụ kết nạp 1.715/1.250 đoàn viên) được hiểu là đạt X trên chỉ tiêu Y, mức hoàn thành bằng X chia Y nhân 100, làm tròn hai chữ số thập phân. " +
				"Mỗi chỉ tiêu kế hoạch trong năm được đối chiếu với tổng kết quả đạt được cùng đơn vị, năm, lĩnh vực và đơn vị tính, nếu có.",
		},
		{
			Title: "Số liệu nhiều năm",
			Text:  "Số liệu của cả một giai đoạn (5 năm qua, nhiệm kỳ, giai đoạn 2015–2020) được liệt kê riêng theo năm cuối giai đoạn và không bao giờ cộng vào một năm nào.",
		},
		{
			Title: "So sánh với năm trước",
			Text: "Mức tăng giảm được tính khi có số liệu của hai năm liền nhau cho cùng đơn vị, lĩnh vực và đơn vị tính: (năm nay − năm trước) chia năm trước nhân 100. " +
				"Tổng của các đơn vị có thể thay đổi vì số đơn vị có bài báo khác nhau giữa các năm.",
		},
		{
			Title: "Kiểm tra số liệu",
			Text: "Hệ thống nêu để người tổng hợp xem lại: tỷ lệ hoàn thành bài báo ghi không khớp với X/Y (được chấp nhận khi bằng kết quả làm tròn hoặc cắt bớt đến số chữ số bài báo ghi); " +
				"hai bài báo đưa hai con số khác nhau cho cùng một chỉ tiêu; chỉ tiêu kế hoạch chưa có kết quả; số liệu chưa xác định được đơn vị.",
		},
	}
}
