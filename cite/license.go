package cite

// licenseURLs are the deeds of the licences a dataset is likely to carry,
// by SPDX identifier.
var licenseURLs = map[string]string{
	"CC-BY-4.0":    "https://creativecommons.org/licenses/by/4.0/",
	"CC-BY-SA-4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
	"CC0-1.0":      "https://creativecommons.org/publicdomain/zero/1.0/",
	"ODbL-1.0":     "https://opendatacommons.org/licenses/odbl/1-0/",
	"MIT":          "https://opensource.org/license/mit",
}

// LicenseURL is the address of the licence with SPDX identifier id, or ""
// when it is not one of the usual data licences.
func LicenseURL(id string) string { return licenseURLs[id] }
