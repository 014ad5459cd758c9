package query

import "github.com/laborlens/laborlens/dataset"

// kindTerms are, for each kind of event, its name and common words for it
// in the interface's other languages (German, French, Spanish, Italian,
// Polish), indexed with each event of the kind: a German visitor who
// types "Streik" finds strikes, a French one "grève" (or "greve": the
// index folds accents). They are plain words, not translations of the
// events: titles and summaries stay English.
var kindTerms = map[dataset.Kind][]string{
	dataset.Strike:            {"Streik", "Ausstand", "grève", "huelga", "sciopero", "strajk"},
	dataset.Walkout:           {"Arbeitsniederlegung", "débrayage", "paro", "astensione", "przerwanie pracy"},
	dataset.UnionElection:     {"Gewerkschaftswahl", "Abstimmung", "élection syndicale", "vote", "elección sindical", "votación", "elezione sindacale", "votazione", "wybory związkowe", "głosowanie"},
	dataset.UnionDrive:        {"Gewerkschaftsgründung", "syndicalisation", "syndicat", "sindicalización", "sindicato", "sindacalizzazione", "sindacato", "związek zawodowy"},
	dataset.Boycott:           {"Boykott", "boycott", "boicot", "boicottaggio", "bojkot"},
	dataset.Petition:          {"Petition", "pétition", "petición", "petizione", "petycja"},
	dataset.OpenLetter:        {"offener Brief", "lettre ouverte", "carta abierta", "lettera aperta", "list otwarty"},
	dataset.Protest:           {"Protest", "Demonstration", "Kundgebung", "manifestation", "protestation", "protesta", "manifestación", "manifestazione", "demonstracja"},
	dataset.Lawsuit:           {"Klage", "Prozess", "Gericht", "procès", "plainte", "demanda", "juicio", "causa", "ricorso", "pozew", "proces", "sąd"},
	dataset.RegulatoryAction:  {"Behörde", "autorité", "inspection", "autoridad", "inspección", "autorità", "ispettorato", "urząd", "inspekcja"},
	dataset.Legislation:       {"Gesetz", "Gesetzgebung", "loi", "législation", "ley", "legislación", "legge", "legislazione", "ustawa", "ustawodawstwo"},
	dataset.ShareholderAction: {"Aktionäre", "actionnaires", "accionistas", "azionisti", "akcjonariusze"},
	dataset.CampaignKind:      {"Kampagne", "campagne", "campaña", "campagna", "kampania"},
	dataset.Report:            {"Bericht", "Studie", "rapport", "étude", "informe", "estudio", "rapporto", "studio", "raport"},
}
