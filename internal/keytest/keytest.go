// Package keytest helps the tests that hold a file's key to its inputs
// (the workbooks' and the summary pages'): it visits every value of the
// inputs that can be changed in place, and changes one.
package keytest

import (
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Leaves calls visit with every value under v that can be changed in
// place, in a fixed order, each with its path from path: strings, numbers,
// booleans, times and nil numbers (given one), within structs (their
// exported fields), pointers, slices and maps (whose values are written
// back after visit). v must be addressable.
func Leaves(path string, v reflect.Value, visit func(path string, v reflect.Value)) {
	switch v.Kind() {
	case reflect.String, reflect.Int, reflect.Float64, reflect.Bool:
		visit(path, v)
	case reflect.Pointer:
		if !v.IsNil() {
			Leaves(path, v.Elem(), visit)
		} else if v.Type().Elem().Kind() == reflect.Float64 {
			visit(path, v)
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[time.Time]() {
			visit(path, v)
			return
		}
		for i := range v.NumField() {
			if f := v.Type().Field(i); f.IsExported() {
				Leaves(path+"."+f.Name, v.Field(i), visit)
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			Leaves(path+"["+strconv.Itoa(i)+"]", v.Index(i), visit)
		}
	case reflect.Map:
		keys := v.MapKeys()
		slices.SortFunc(keys, func(a, b reflect.Value) int { return strings.Compare(a.String(), b.String()) })
		for _, k := range keys {
			e := reflect.New(v.Type().Elem()).Elem()
			e.Set(v.MapIndex(k))
			Leaves(path+"["+k.String()+"]", e, visit)
			v.SetMapIndex(k, e)
		}
	}
}

// Change changes a value that Leaves visits: a string gets an "x", a
// number grows, a boolean flips, a number behind a pointer grows (a nil one
// becomes 7) and a time moves on 36 hours. It reports false, changing
// nothing, for a value of another kind.
func Change(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.String:
		v.SetString(v.String() + "x")
	case reflect.Int:
		v.SetInt(v.Int() + 1)
	case reflect.Float64:
		v.SetFloat(v.Float() + 1.5)
	case reflect.Bool:
		v.SetBool(!v.Bool())
	case reflect.Pointer:
		if v.Type().Elem().Kind() != reflect.Float64 {
			return false
		}
		n := 7.0
		if !v.IsNil() {
			n = v.Elem().Float() + 1
		}
		v.Set(reflect.ValueOf(&n))
	case reflect.Struct:
		t, ok := v.Interface().(time.Time)
		if !ok {
			return false
		}
		v.Set(reflect.ValueOf(t.Add(36 * time.Hour)))
	default:
		return false
	}
	return true
}

// Changes runs try once for each value of a test's inputs (every fifth
// under -short), each time on fresh inputs with that one value changed
// (Change): fresh makes the inputs and returns what visits their values in
// a fixed order (with Leaves); try gets the changed value's path. It fails
// t when the inputs hold fewer than min values.
func Changes(t *testing.T, min int, fresh func() func(visit func(string, reflect.Value)), try func(path string)) {
	t.Helper()
	n := 0
	fresh()(func(string, reflect.Value) { n++ })
	if n < min {
		t.Fatalf("%d values to change, want the fixture's several hundred", n)
	}
	step := 1
	if testing.Short() {
		step = 5
	}
	for at := 0; at < n; at += step {
		path, i := "", 0
		fresh()(func(p string, v reflect.Value) {
			if i == at {
				path = p
				Change(v)
			}
			i++
		})
		try(path)
	}
}
