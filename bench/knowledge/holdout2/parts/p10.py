DOCS = [
dict(id="d167", kind="overig", phase="uitvoering",
title="De standaard voor woningisolatie uitgelegd (voor energiecoaches)",
summary="Uitleg voor energiecoaches en loketmedewerkers over de landelijke standaard en streefwaarden voor isolatie en hoe je die aan de keukentafel toelicht.",
body="""Waarom deze notitie?
Inwoners vragen steeds vaker: 'Is mijn huis goed genoeg geïsoleerd voor een warmtepomp?' De landelijke standaard voor isolatie geeft daar houvast bij.

Wat is de standaard?
- Een streefwaarde voor de maximale warmtebehoefte van een woning, uitgedrukt in kWh per m2 per jaar. De waarde verschilt per woningtype (tussenwoning, hoekwoning, vrijstaand, appartement) en bouwjaar.
- Een woning die aan de standaard voldoet, kan met een lage-temperatuurverwarming (bijvoorbeeld een warmtepomp of een laag-temperatuur warmtenet) comfortabel worden verwarmd.
- De standaard is geen verplichting voor eigenaren. Hij wordt wel gebruikt bij subsidies en in afspraken met corporaties.

Welke maatregelen horen er meestal bij?
- isolatie van de spouwmuur
- isolatie van de vloer of bodem
- dakisolatie
- HR++ of triple glas
- kierdichting, en altijd goede ventilatie

Let op aan de keukentafel
- het energielabel is niet hetzelfde als de standaard; een woning met label C kan er toch ver vanaf zitten
- niet alles hoeft in één keer; maak een stappenplan dat past bij natuurlijke momenten (verbouwing, vervanging cv-ketel)
- verwijs voor een precieze berekening naar een maatwerkadvies"""),
]
