package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
)

// searchPath is the script of the home page's search box: its data (every
// unit, year, category and article, with its page) and the code that finds
// an entry from a few words typed with or without diacritics. It runs in
// the browser and asks nothing of any server.
const searchPath = "assets/tim-kiem.js"

// searchCode finds the entries whose label holds every typed word, compared
// without diacritics and case; it shows the first 20.
const searchCode = `  function fold(s) { return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase(); }
  var keys = data.map(function (d) { return fold(d[0]); });
  var input = document.getElementById("tim"), out = document.getElementById("tim-ket-qua");
  if (!input || !out) return;
  input.addEventListener("input", function () {
    var q = fold(input.value).split(/\s+/).filter(Boolean), n = 0;
    out.textContent = "";
    if (q.length === 0) return;
    for (var i = 0; i < data.length && n < 20; i++) {
      if (!q.every(function (w) { return keys[i].indexOf(w) >= 0; })) continue;
      var li = document.createElement("li"), a = document.createElement("a");
      a.href = data[i][1]; a.textContent = data[i][0];
      li.appendChild(a); out.appendChild(li); n++;
    }
    if (n === 0) { var li = document.createElement("li"); li.textContent = "Không tìm thấy."; out.appendChild(li); }
  });
`

// searchScript writes searchPath: the entries as a JavaScript array of
// [label, address from the site root], then searchCode, in one function.
func (r *renderer) searchScript() ([]byte, error) {
	var entries [][2]string
	for _, o := range r.s.Orgs {
		entries = append(entries, [2]string{"Đơn vị: " + o.Name + " (" + o.Type + ")", "to-chuc/" + o.Slug + ".html"})
	}
	for _, y := range r.years {
		entries = append(entries, [2]string{"Năm " + strconv.Itoa(y), "nam/" + strconv.Itoa(y) + ".html"})
	}
	for _, c := range r.s.Categories {
		entries = append(entries, [2]string{"Lĩnh vực: " + categoryLink("", c).Text, "linh-vuc/" + c + ".html"})
	}
	for i := range r.s.Articles {
		a := &r.s.Articles[i]
		label := "Bài báo: " + a.Title
		if a.Published != "" {
			label += " (" + FormatDate(a.Published) + ")"
		}
		entries = append(entries, [2]string{label, "bai-viet/" + r.ids[i] + ".html"})
	}
	data, err := json.Marshal(entries)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	var b bytes.Buffer
	b.WriteString("(function () {\n  var data = ")
	b.Write(data)
	b.WriteString(";\n")
	b.WriteString(searchCode)
	b.WriteString("})();\n")
	return b.Bytes(), nil
}
