package geo_test

import (
	"fmt"
	"os"

	"newsgraph/extract/geo"
)

func Example() {
	g, err := geo.Load(os.DirFS("../../data/gazetteers"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, q := range []struct {
		name    string
		context []string
	}{
		{"Georgia", []string{"Tbilisi"}},
		{"Georgia", []string{"Atlanta"}},
		{"Paris", nil},
		{"Paris", []string{"Texas"}},
		{"the Kremlin", nil},
	} {
		p, _ := g.Place(q.name, q.context)
		fmt.Printf("%s %v: %s (%s, %s) geonames:%d\n", q.name, q.context, p.Name, p.Kind, p.CountryCode, p.GeoID)
	}
	c, _ := g.Country("Emirati")
	fmt.Println("Emirati:", c.Name)
	inst, v, _ := g.Institution("the Kremlin")
	fmt.Printf("the Kremlin: %s in %s (geonames:%d)\n", inst, v.City, v.CityGeoID)
	// Output:
	// Georgia [Tbilisi]: Georgia (country, GE) geonames:614540
	// Georgia [Atlanta]: Georgia (region, US) geonames:4197000
	// Paris []: Paris (city, FR) geonames:2988507
	// Paris [Texas]: Paris (city, US) geonames:4717560
	// the Kremlin []: the Kremlin (venue, RU) geonames:0
	// Emirati: United Arab Emirates
	// the Kremlin: Russian presidency in Moscow (geonames:524901)
}
