package corrections

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/lddt/unionstats/extract"
	"github.com/lddt/unionstats/vocab"
)

// Actions: what a row decides.
const (
	Reject = "reject" // the number is not a figure: it leaves every table and the open data
	Change = "change" // some fields of the record are wrong
	Merge  = "merge"  // the record states the same fact as another one: counted once
	Add    = "add"    // a figure the extractor missed
)

// Actions lists the actions in the order the methodology page counts them.
var Actions = []string{Reject, Change, Merge, Add}

// actionNames are the actions as a clerk writes them.
var actionNames = map[string]string{Reject: "loại", Change: "sửa", Merge: "gộp", Add: "thêm"}

// ActionName gives an action's Vietnamese word ("loại").
func ActionName(action string) string { return actionNames[action] }

// Column is one column of a corrections file.
type Column struct {
	Key    string // English key, also accepted as a header
	Header string // Vietnamese header, as the template writes it
	// Info marks a column the template fills in for the clerk to read
	// (the sentence, the current value, why the record is worth a look);
	// Read ignores it.
	Info bool
}

// Column keys.
const (
	ColID        = "record_id"
	ColAction    = "action"
	ColExact     = "exact"
	ColPrefix    = "prefix"
	ColSuffix    = "suffix"
	ColValue     = "value"
	ColUnit      = "unit"
	ColOrg       = "org"
	ColOrgType   = "org_type"
	ColProvince  = "province"
	ColYear      = "year"
	ColPeriod    = "period"
	ColStatus    = "status"
	ColCategory  = "category"
	ColQualifier = "qualifier"
	ColMergeWith = "merge_with"
	ColWho       = "who"
	ColWhen      = "when"
	ColWhy       = "why"
	ColNote      = "review_note"
	ColCurrent   = "current"
	ColEvidence  = "evidence"
)

// Columns are the columns of a corrections file, in the template's order.
var Columns = []Column{
	{Key: ColID, Header: "Mã số liệu"},
	{Key: ColNote, Header: "Cần xem vì", Info: true},
	{Key: ColCurrent, Header: "Số liệu hiện tại", Info: true},
	{Key: ColEvidence, Header: "Câu văn", Info: true},
	{Key: ColAction, Header: "Quyết định"},
	{Key: ColValue, Header: "Giá trị"},
	{Key: ColUnit, Header: "Đơn vị tính"},
	{Key: ColOrg, Header: "Tổ chức"},
	{Key: ColOrgType, Header: "Loại tổ chức"},
	{Key: ColProvince, Header: "Tỉnh/thành phố"},
	{Key: ColYear, Header: "Năm"},
	{Key: ColPeriod, Header: "Kỳ"},
	{Key: ColStatus, Header: "Trạng thái"},
	{Key: ColCategory, Header: "Lĩnh vực"},
	{Key: ColQualifier, Header: "Mức chính xác"},
	{Key: ColMergeWith, Header: "Gộp với"},
	{Key: ColWho, Header: "Người quyết định"},
	{Key: ColWhen, Header: "Ngày"},
	{Key: ColWhy, Header: "Lý do"},
	{Key: ColExact, Header: "Đoạn số"},
	{Key: ColPrefix, Header: "Trước"},
	{Key: ColSuffix, Header: "Sau"},
}

// Fields are the record fields a row sets; nil leaves a field as it is.
type Fields struct {
	Value     *float64
	Unit      *string
	Org       *string
	OrgType   *string
	Province  *string
	Year      *int
	Period    *string
	Status    *string
	Category  *string
	Qualifier *string
}

// Quote anchors a row to its number: Exact is the number as written in
// the cleaned article text, Prefix and Suffix the text right before and
// after it (see QuoteOf).
type Quote struct {
	Exact, Prefix, Suffix string
}

// Correction is one row of a corrections file.
type Correction struct {
	Row       int    // row number in the file (the header is a row), for messages
	Action    string // Reject, Change, Merge or Add
	ID        string // the record's id when the row was written (ID); its offset is a hint
	Doc       string // the article, from ID
	Offset    int    // the offset, from ID
	Quote     Quote
	Set       Fields
	MergeWith string // Merge: the id of the record this one is the same fact as
	Who       string
	When      string // "YYYY-MM-DD"
	Why       string
}

// ErrInvalid marks a corrections file that cannot be used: the build stops
// before publishing anything.
var ErrInvalid = errors.New("invalid corrections file")

// Error is a problem in a corrections file: its file, row and field.
type Error struct {
	File  string
	Row   int    // 0 for the file as a whole
	Field string // the column's header; "" for the row or the file
	Msg   string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Row > 0 {
		fmt.Fprintf(&b, ": row %d", e.Row)
	}
	if e.Field != "" {
		fmt.Fprintf(&b, ", field %q", e.Field)
	}
	b.WriteString(": ")
	b.WriteString(e.Msg)
	return b.String()
}

// Unwrap makes every Error an ErrInvalid.
func (e *Error) Unwrap() error { return ErrInvalid }

// Read reads a corrections file: an .xlsx workbook when data is one (a zip
// archive), else CSV. name is the file's name, for messages.
func Read(name string, data []byte) ([]Correction, error) {
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		rows, err := xlsxRows(name, data)
		if err != nil {
			return nil, err
		}
		return parse(name, rows)
	}
	rows, err := csvRows(name, data)
	if err != nil {
		return nil, err
	}
	return parse(name, rows)
}

// cell is one cell as read; a number is written in Vietnamese notation.
type cell struct {
	text    string
	formula bool
	serial  bool // a number in an .xlsx cell: a date column reads it as Excel's day count
	isText  bool // an .xlsx text cell: text whatever it begins with
}

func csvRows(name string, data []byte) ([][]cell, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return nil, &Error{File: name, Msg: "the file is UTF-16; save it as \"CSV UTF-8\""}
	case !utf8.Valid(data):
		return nil, &Error{File: name, Msg: "the file is not UTF-8 (an old code page?); save it as \"CSV UTF-8\""}
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	first, _, _ := bytes.Cut(data, []byte("\n"))
	for _, line := range bytes.Split(data, []byte("\n")) {
		low := bytes.ToLower(line)
		if bytes.Contains(low, []byte(strings.ToLower(header(ColID)))) || bytes.Contains(low, []byte(ColID)) {
			first = line // the header row says which separator the file uses
			break
		}
	}
	r := csv.NewReader(bytes.NewReader(data))
	if bytes.Count(first, []byte(";")) > bytes.Count(first, []byte(",")) {
		r.Comma = ';' // a spreadsheet of a locale whose decimal separator is the comma
	}
	r.FieldsPerRecord = -1
	var rows [][]cell
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, &Error{File: name, Row: pe.StartLine, Msg: pe.Err.Error()}
			}
			return nil, &Error{File: name, Msg: err.Error()}
		}
		row := make([]cell, len(rec))
		for i, s := range rec {
			row[i] = cell{text: s}
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// parse reads the rows: the first row naming the id column is the header
// (title rows above it are skipped), each row after it a decision.
func parse(name string, rows [][]cell) ([]Correction, error) {
	head := -1
	for i, row := range rows {
		for _, c := range row {
			if k, ok := columnKey(c.text); ok && k == ColID {
				head = i
			}
		}
		if head >= 0 {
			break
		}
	}
	if head < 0 {
		return nil, &Error{File: name, Msg: fmt.Sprintf("no header row: no column %q (or %q)", header(ColID), ColID)}
	}
	cols := make([]string, len(rows[head])) // column key by position, "" for an empty header
	seen := map[string]bool{}
	for i, c := range rows[head] {
		h := strings.TrimSpace(c.text)
		if h == "" {
			continue
		}
		k, ok := columnKey(h)
		if !ok {
			return nil, &Error{File: name, Row: head + 1, Msg: fmt.Sprintf("unknown column %q; the columns are: %s", h, knownHeaders())}
		}
		if seen[k] {
			return nil, &Error{File: name, Row: head + 1, Msg: fmt.Sprintf("column %q appears twice", h)}
		}
		seen[k] = true
		cols[i] = k
	}
	if !seen[ColAction] {
		return nil, &Error{File: name, Row: head + 1, Msg: fmt.Sprintf("no column %q (or %q)", header(ColAction), ColAction)}
	}
	var out []Correction
	for i := head + 1; i < len(rows); i++ {
		c, skip, err := parseRow(name, i+1, cols, rows[i])
		if err != nil {
			return nil, err
		}
		if !skip {
			out = append(out, c)
		}
	}
	return out, nil
}

func columnKey(h string) (string, bool) {
	h = strings.TrimSpace(h)
	for _, c := range Columns {
		if strings.EqualFold(h, c.Header) || strings.EqualFold(h, c.Key) {
			return c.Key, true
		}
	}
	return "", false
}

func header(key string) string {
	for _, c := range Columns {
		if c.Key == key {
			return c.Header
		}
	}
	return key
}

func knownHeaders() string {
	hs := make([]string, len(Columns))
	for i, c := range Columns {
		hs[i] = fmt.Sprintf("%q", c.Header)
	}
	return strings.Join(hs, ", ")
}

// parseRow reads one row; skip is true for a row with no decision.
func parseRow(name string, n int, cols []string, row []cell) (c Correction, skip bool, err error) {
	vals := map[string]cell{}
	for i, x := range row {
		if i < len(cols) && cols[i] != "" {
			vals[cols[i]] = x
		} else if strings.TrimSpace(x.text) != "" {
			return c, false, &Error{File: name, Row: n, Msg: fmt.Sprintf("cell %d has text but no column header", i+1)}
		}
	}
	fail := func(key, format string, args ...any) error {
		return &Error{File: name, Row: n, Field: header(key), Msg: fmt.Sprintf(format, args...)}
	}
	text := map[string]string{}
	for _, col := range Columns {
		x, ok := vals[col.Key]
		if !ok || col.Info {
			continue
		}
		if x.formula {
			return c, false, fail(col.Key, "the cell holds a formula; type the value itself")
		}
		s, ok := unquote(x.text)
		if !ok && !x.isText {
			return c, false, fail(col.Key, "%q begins like a spreadsheet formula (=, +, -, @); put a single quote (') in front to mean the text", clip(x.text))
		}
		if col.Key != ColExact && col.Key != ColPrefix && col.Key != ColSuffix {
			s = strings.TrimSpace(s)
		}
		text[col.Key] = s
	}
	act := strings.ToLower(text[ColAction])
	if act == "" {
		return c, true, nil
	}
	c = Correction{Row: n, Who: text[ColWho], Why: text[ColWhy],
		Quote: Quote{Exact: text[ColExact], Prefix: text[ColPrefix], Suffix: text[ColSuffix]}}
	for _, a := range Actions {
		if act == a || act == actionNames[a] {
			c.Action = a
		}
	}
	if c.Action == "" {
		return c, false, fail(ColAction, "%q is not a decision: write %s", clip(act), actionList())
	}
	c.ID = text[ColID]
	if c.Doc, c.Offset, err = ParseID(c.ID); err != nil {
		return c, false, fail(ColID, "%v", err)
	}
	if c.Quote.Exact == "" {
		return c, false, fail(ColExact, "empty: the number as written in the article anchors the row (the review sheet fills it in)")
	}
	if c.Who == "" {
		return c, false, fail(ColWho, "empty: say who decided")
	}
	if c.Why == "" {
		return c, false, fail(ColWhy, "empty: say why")
	}
	if c.When, err = parseDate(text[ColWhen], vals[ColWhen].serial); err != nil {
		return c, false, fail(ColWhen, "%v", err)
	}
	if c.Set, err = parseFields(text, fail); err != nil {
		return c, false, err
	}
	set := c.Set != (Fields{})
	switch c.Action {
	case Reject:
		if set {
			return c, false, fail(ColAction, "a rejected record takes no new field values")
		}
	case Change:
		if !set {
			return c, false, fail(ColAction, "a change sets at least one field (%s, %s, %s…)", header(ColValue), header(ColOrg), header(ColYear))
		}
	case Merge:
		if text[ColMergeWith] == "" {
			return c, false, fail(ColMergeWith, "empty: a merge names the record this one is the same fact as")
		}
		if _, _, err := ParseID(text[ColMergeWith]); err != nil {
			return c, false, fail(ColMergeWith, "%v", err)
		}
		if text[ColMergeWith] == c.ID {
			return c, false, fail(ColMergeWith, "a record cannot be merged with itself")
		}
		if set {
			return c, false, fail(ColAction, "a merge takes no new field values")
		}
		c.MergeWith = text[ColMergeWith]
	case Add:
		need := []string{ColValue, ColUnit, ColOrg, ColProvince, ColYear, ColCategory}
		for _, k := range need {
			if text[k] == "" {
				var hs []string
				for _, n := range need {
					hs = append(hs, header(n))
				}
				return c, false, fail(k, "empty: an added figure needs %s", strings.Join(hs, ", "))
			}
		}
	}
	if c.Action != Merge && text[ColMergeWith] != "" {
		return c, false, fail(ColMergeWith, "only a merge names another record")
	}
	return c, false, nil
}

func actionList() string {
	var ws []string
	for _, a := range Actions {
		ws = append(ws, fmt.Sprintf("%q (%s)", actionNames[a], a))
	}
	return strings.Join(ws, ", ")
}

// unquote reads a text cell: one that begins like a formula is refused,
// unless a single quote neutralises it (NeutralizeCell), which is dropped.
func unquote(s string) (string, bool) {
	if len(s) > 1 && s[0] == '\'' && strings.IndexByte(formulaStart, s[1]) >= 0 {
		return s[1:], true
	}
	if s != "" && strings.IndexByte(formulaStart, s[0]) >= 0 {
		return s, false
	}
	return s, true
}

// formulaStart are the first characters that make a spreadsheet read a
// cell as a formula (OWASP, "CSV Injection").
const formulaStart = "=+-@\t\r"

// NeutralizeCell writes text so that no spreadsheet takes it for a
// formula, and Read gives it back as it was: a cell beginning with =, +,
// -, @, a tab or a carriage return gets a single quote in front.
func NeutralizeCell(s string) string {
	if s != "" && strings.IndexByte(formulaStart, s[0]) >= 0 {
		return "'" + s
	}
	return s
}

func clip(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}

// parseFields reads the field columns that are not empty.
func parseFields(text map[string]string, fail func(key, format string, args ...any) error) (Fields, error) {
	var f Fields
	if s := text[ColValue]; s != "" {
		v, ok := parseValue(s)
		if !ok {
			return f, fail(ColValue, "%q is not a number (write 1.715 or 1715, 2,5 for two and a half)", clip(s))
		}
		f.Value = &v
	}
	if s := text[ColYear]; s != "" {
		y, err := strconv.Atoi(s)
		if err != nil || y < 1900 || y > 2100 {
			return f, fail(ColYear, "%q is not a year", clip(s))
		}
		f.Year = &y
	}
	codes := []struct {
		key   string
		dst   **string
		codes []string
		name  func(string) string
	}{
		{ColUnit, &f.Unit, vocab.Units, vocab.UnitName},
		{ColCategory, &f.Category, vocab.Categories, vocab.CategoryName},
		{ColStatus, &f.Status, []string{vocab.StatusAchieved, vocab.StatusPlanned}, vocab.StatusName},
		{ColPeriod, &f.Period, []string{vocab.PeriodYear, vocab.PeriodMultiYear, vocab.PeriodSnapshot}, vocab.PeriodName},
		{ColQualifier, &f.Qualifier, []string{vocab.QualExact, vocab.QualMoreThan, vocab.QualAtLeast, vocab.QualAbout}, vocab.QualifierName},
	}
	for _, c := range codes {
		s := text[c.key]
		if s == "" {
			continue
		}
		code, ok := lookupCode(s, c.codes, c.name)
		if !ok {
			var names []string
			for _, k := range c.codes {
				names = append(names, fmt.Sprintf("%q", k))
			}
			return f, fail(c.key, "%q is not one of %s", clip(s), strings.Join(names, ", "))
		}
		*c.dst = &code
	}
	for _, c := range []struct {
		key string
		dst **string
	}{{ColOrg, &f.Org}, {ColOrgType, &f.OrgType}, {ColProvince, &f.Province}} {
		if s := text[c.key]; s != "" {
			*c.dst = &s
		}
	}
	if f.OrgType != nil && !validOrgType(*f.OrgType) {
		return f, fail(ColOrgType, "%q is not an org type (%s, %q, %q)", clip(*f.OrgType), vocab.CityType, "tỉnh", strings.Join(vocab.OrgTypes, ", "))
	}
	return f, nil
}

func validOrgType(t string) bool {
	switch t {
	case vocab.CityType, "tỉnh", "thị trấn", "đặc khu":
		return true
	}
	for _, x := range vocab.OrgTypes {
		if x == t {
			return true
		}
	}
	return false
}

// lookupCode accepts a contract code or its Vietnamese name.
func lookupCode(s string, codes []string, name func(string) string) (string, bool) {
	for _, c := range codes {
		if strings.EqualFold(s, c) || (name(c) != "" && strings.EqualFold(s, name(c))) {
			return c, true
		}
	}
	return "", false
}

// parseValue reads a number in Vietnamese notation ("1.715", "2,5",
// "59.850.000.000") or plain digits; negative and non-finite numbers are
// refused.
func parseValue(s string) (float64, bool) {
	s = strings.ReplaceAll(s, " ", "")
	intPart, frac, hasFrac := strings.Cut(s, ",")
	if strings.Contains(intPart, ".") {
		groups := strings.Split(intPart, ".")
		for i, g := range groups {
			if (i == 0 && (len(g) == 0 || len(g) > 3)) || (i > 0 && len(g) != 3) {
				return 0, false
			}
		}
		intPart = strings.Join(groups, "")
	}
	if intPart == "" || !digits(intPart) || (hasFrac && (frac == "" || !digits(frac))) {
		return 0, false
	}
	num := intPart
	if hasFrac {
		num += "." + frac
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil || math.IsInf(v, 0) || v > 1e15 {
		return 0, false
	}
	return v, true
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// parseDate reads dd/mm/yyyy or yyyy-mm-dd, or an Excel day count from an
// .xlsx date cell; "" is allowed (the row then has no date).
func parseDate(s string, serial bool) (string, error) {
	if s == "" {
		return "", nil
	}
	if serial {
		if v, ok := parseValue(s); ok && v > 1 && v < 80000 {
			return time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(v)).Format(time.DateOnly), nil
		}
	}
	for _, layout := range []string{"2/1/2006", time.DateOnly} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.DateOnly), nil
		}
	}
	return "", fmt.Errorf("%q is not a date (write dd/mm/yyyy)", clip(s))
}

// ID is a record's stable id: its article and the byte offset of its
// number in the article file as read, "<doc>#<offset>"
// ("2024.jsonl#ba-dinh-tet#1532", "ba-dinh/2019.txt#812"). It changes only
// when the article's text before the number changes.
func ID(r *extract.Record) string { return r.Doc + "#" + strconv.Itoa(r.Offset) }

// ParseID splits an id into its article and offset.
func ParseID(id string) (doc string, offset int, err error) {
	i := strings.LastIndexByte(id, '#')
	if id == "" {
		return "", 0, errors.New("empty: copy the record's id (\"<article>#<offset>\") from its article page or workbook")
	}
	if i <= 0 || !digits(id[i+1:]) || i+1 == len(id) {
		return "", 0, fmt.Errorf("%q is not a record id (\"<article>#<offset>\", e.g. \"2024.jsonl#tet-ba-dinh#1532\")", clip(id))
	}
	off, err := strconv.Atoi(id[i+1:])
	if err != nil {
		return "", 0, fmt.Errorf("%q is not a record id: offset out of range", clip(id))
	}
	return id[:i], off, nil
}
