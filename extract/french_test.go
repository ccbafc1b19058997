package extract

import (
	"strings"
	"testing"

	"github.com/lddt/unionstats/corpus"
)

func TestFrench(t *testing.T) {
	for _, tc := range []struct {
		body string
		want bool
	}{
		{"Le syndicat de la commune a remis 40 cadeaux aux ouvriers dans le besoin, avec le soutien des entreprises de la zone.\n\nLes cadeaux sont arrivés avant les fêtes.", true},
		{"Federation du travail de la province: les syndicats de base ont recu 300 nouveaux membres et ont organise des cours pour les cadres.", true}, // without its accents
		{"Công đoàn phường đã trao 40 suất quà cho đoàn viên, với khẩu hiệu « pour les travailleurs et avec les travailleurs ».", false},
		{"La Federación del Trabajo entregó 85 regalos a los miembros del sindicato con dificultades en la provincia.", false},
		{"The provincial Labor Federation gave 300 gifts to union members and workers in difficulty.", false},
		{"Cong doan phuong da trao 40 suat qua cho doan vien co hoan canh kho khan trong dip Tet.", false},
	} {
		a, _, err := corpus.ParseText("a.txt", []byte("Tiêu đề\n\n"+tc.body+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		if got := french(&a); got != tc.want {
			t.Errorf("french(%.40q) = %v, want %v", tc.body, got, tc.want)
		}
	}
}

func TestFrTokens(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"remettra 1 000 cadeaux, soit 1,5 milliard de dôngs", "plans to #1 000 gifts , soit #1,5 billion vnd"},
		{"la Fédération du travail de la province de Bắc Ninh a remis 5.500 cadeaux", "the bac ninh province labor federation has handed over #5.500 gifts"},
		{"le syndicat du quartier de Long Biên", "the long bien ward trade union"},
		{"la Confédération générale du travail du Vietnam", "the vietnam general confederation of labor"},
		{"de 75 à 150 millions de VND par maison", "from #75 to #150 million vnd per houses"},
		{"les 33 maisons restantes seront remises", "planned the #33 houses remaining future remises"},
		{"née en 1990, elle élève 2 enfants", "born in nofigure , elle eleve nofigure children"},
		{"1 160/1 160 unités (atteignant 100 %)", "#1 160 / #1 160 units ( reaching nofigure % )"},
	} {
		var got []string
		for _, k := range frTokens(tc.in) {
			if k.number {
				got = append(got, "#"+tc.in[k.start:k.end])
			} else {
				got = append(got, k.key)
			}
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("frTokens(%q) = %q, want %q", tc.in, g, tc.want)
		}
	}
	for _, tc := range []struct {
		in   string
		want float64
	}{{"115 000", 115000}, {"629\u00a0022", 629022}, {"5.500", 5500}, {"5,25", 5.25}, {"1 160", 1160}} {
		if v, ok := enValue(tc.in); !ok || v != tc.want {
			t.Errorf("enValue(%q) = %v, %v, want %v", tc.in, v, ok, tc.want)
		}
	}
}
