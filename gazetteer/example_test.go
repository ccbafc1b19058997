package gazetteer_test

import (
	"fmt"
	"time"

	"github.com/lddt/unionstats/gazetteer"
)

func ExampleLookup() {
	era := gazetteer.EraOf(time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC))
	for _, u := range gazetteer.Lookup("Q. Hoàn Kiếm", era) {
		fmt.Println(u.Code, u.Type, u.Name, "—", u.Province)
	}
	// Output:
	// 002 quận Hoàn Kiếm — Hà Nội
}

func ExampleSuccessors() {
	hd, _ := gazetteer.Province("Hải Dương", gazetteer.Old)
	for _, u := range gazetteer.Successors(hd.Code) {
		fmt.Println(u.Type, u.Name)
	}
	// Output:
	// thành phố Hải Phòng
}

func ExampleUnits() {
	fmt.Println(len(gazetteer.Units("Hà Nội", gazetteer.LevelDistrict, gazetteer.Old)),
		len(gazetteer.Units("TP. Hà Nội", gazetteer.LevelCommune, gazetteer.New)))
	// Output:
	// 30 126
}
