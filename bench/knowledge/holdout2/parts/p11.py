DOCS = []
EXTRA = {
"d085": """

Rekenvoorbeeld (fictief, begroting 1,6 miljoen euro, gemeentelijk deel 0,7 miljoen)

Gemeente | woningen | huidig model | model C (bij gelijk gebruik als 2025)
Assen | 31.000 | 142.000 | 151.000
Emmen | 50.000 | 229.000 | 214.000
Westerveld | 8.500 | 39.000 | 33.000
Aa en Hunze | 11.500 | 53.000 | 41.000

Uit het voorbeeld blijkt dat in model C de kleinere gemeenten minder betalen als ze weinig uren afnemen, en dat grote afnemers meer betalen. Het totaal blijft gelijk.

Aandachtspunten bij model C
- de vaste voet moet hoog genoeg zijn om het kernteam te dragen, ook in een jaar met weinig vraag
- gemeenten moeten uren vooraf kunnen begroten; daarom een jaarlijkse raming per gemeente in het najaar
- meerwerk boven de raming wordt pas gefactureerd na akkoord van de gemeente

Reacties uit het gebruikersoverleg
Drie kleine gemeenten steunen model C. Twee grote gemeenten vragen om een plafond op de vaste voet. Eén gemeente wil model B, omdat zij vooral op afroep werkt.""",
"d067": """

Per netvlak
- Hoogspanning en tussenspanning: vooral een probleem voor grote collectieve warmtepompen en elektrodeboilers. De wachttijd wordt bepaald door de uitbreiding van stations.
- Middenspanning: knelpunt bij wijken waar veel woningen tegelijk overgaan op elektrisch koken en verwarmen.
- Laagspanning: de kabel in de straat kan bij meer dan 40-50% all-electric woningen overbelast raken; de netbeheerder moet dan per straat verzwaren.

Wat kan de gemeente zelf?
- de planning van de wijkaanpak delen met de netbeheerder, zodat die het in het investeringsplan kan opnemen
- ruimte reserveren voor nieuwe transformatorhuisjes in de openbare ruimte
- in de communicatie met bewoners eerlijk zijn over mogelijke wachttijden""",
"d045": """

Doelgroepen en hoe we ze bereiken
- Eigenaar-bewoners met een laag inkomen in oude woningen in de dorpen: via dorpsbelangen, de kerk en de huisarts. Vaak ouderen die niet meer willen investeren; voor hen werkt een gratis pakket.
- Huurders van particuliere verhuurders: via het wijkteam en de voedselbank; de verhuurder benaderen we apart.
- Huurders van de corporatie: via de huurdersorganisatie; de corporatie pakt de woning aan, wij helpen met gedrag en kleine maatregelen.
- Jonge gezinnen met betalingsachterstanden: via de schuldhulpverlening en de energieleverancier (vroegsignalering).

Monitoring
Elk kwartaal rapporteren we aantallen bezoeken, maatregelen en doorverwijzingen. Na een jaar vergelijken we het energieverbruik van een steekproef van 100 huishoudens met het jaar ervoor.""",
"d012": """

Tijdlijn (indicatief)
- inwerkingtreding van de wet in fasen
- bestaande warmtenetten krijgen een overgangstermijn om aan de eisen van publiek eigendom te voldoen
- gemeenten die al een concessie hebben verleend, moeten bekijken of die past bij de nieuwe kavelsystematiek

Vragen die in de regio spelen
- Kan een kleine gemeente zelf een warmtebedrijf aanwijzen zonder eigen expertise? Advies: gebruik de regionale kennis en de landelijke handreikingen.
- Wat gebeurt er met kleine collectieve systemen, zoals een blokverwarming van een VvE? Kleine systemen vallen onder een lichter regime.
- Hoe verhoudt de wet zich tot de Wet gemeentelijke instrumenten warmtetransitie? De Wcw regelt de collectieve warmtevoorziening; de Wgiw geeft de bevoegdheid om de levering van aardgas in een wijk te beëindigen.""",
}
