/**
 * Words of other languages that households mix into their messages, rewritten into the English
 * the grammar reads: "kahapon" → "yesterday", "is mahine" → "this month", "samedi dernier" →
 * "last saturday", "wie viel" → "how much". Only words with one meaning worth reading are here:
 * dates, periods, question words, who paid, splits and the fillers that glue them together.
 * Item and shop names stay as written (the lexicon knows them), so descriptions keep the
 * person's words. An empty replacement drops a filler ("hua", "natin").
 *
 * Where two languages spell one word differently ("hier" is yesterday in French, here in German;
 * "en" is "and" in Dutch, "in" in French and Spanish), the household's own language wins.
 */
import { withoutAccents } from './accents.ts';
import type { Language } from './habits.ts';

type Table = string;

/**
 * Bisaya (Cebuano), which Filipino households in the Visayas and Mindanao mix with Tagalog and
 * English; read with the Tagalog words (none of them collide).
 */
const BISAYA = `
    gahapon = yesterday; kagabii = last night; gabii = night; karon = today; karong adlawa = today; ganina = today; ugma = tomorrow; sunod adlaw = tomorrow
    miaging = last; niaging = last; miagi = last; sa miaging = last; semana = week; semanaha = week; bulan = month; bulana = month; tuig = year; tuiga = year
    karong bulana = this month; karong bulan = this month; niaging bulan = last month; miaging bulan = last month
    karong semanaha = this week; karong semana = this week; miaging semana = last week; niaging semana = last week; karong tuiga = this year
    pila = how much; pila na = how much; gasto = spent; gigasto = spent; nagasto = spent; nagasto nako = i spent; akong gasto = my spending; akong nagasto = i spent
    kinsa = who; daghan = more; mas daghan = more; mas dako = more; pinakadako = biggest; pinakamahal nga = biggest; unsa = what; asa = where; padulong = going; kwarta = money; kuwarta = money
    kaon sa gawas = eating out; kaon = food; bag-o = recent; kaysa = than
    gibayran = paid; gibayran ni = paid by; gibayran na ni = paid by; ako ang nagbayad = i paid; ako nagbayad = i paid; akoy nagbayad = i paid
    sa duha = both; tunga-tunga = half half; tunga = half; hati ta = split; bahin ta = split
    ug = and; dayon = and; unya = and
    nako = ; nato = ; atong = ; ato = ; akong = ; imong = ; ra = ; man = ; ha = ; nga = ; pud = ; sad = ; lang = 
    gibalik = came back; ni-abot = came in; niabot = came in; gihulam = debt
`;

/** "phrase = replacement" per line; phrases are matched on whole words, without accents. */
const TABLES: Readonly<Record<Language, Table>> = {
  hi: `
    aaj = today; aaj subah = this morning; aaj shaam = this evening; aaj raat = tonight
    kal raat = last night; kal shaam = yesterday evening; kal subah = yesterday morning; kal = yesterday
    parso = the day before yesterday; parson = the day before yesterday
    pichle hafte = last week; pichhle hafte = last week; pichle week = last week; pichhle week = last week; pichla hafta = last week
    is hafte = this week; iss hafte = this week; is week = this week; iss week = this week
    pichle mahine = last month; pichhle mahine = last month; pichle month = last month; pichhle month = last month; pichla mahina = last month
    is mahine = this month; iss mahine = this month; is month = this month; iss month = this month; is mahina = this month
    pichle saal = last year; pichhle saal = last year; is saal = this year; iss saal = this year
    hafte = week; hafta = week; mahine = month; mahina = month; saal = year; din = days; dino = days
    somvar = monday; somvaar = monday; somwar = monday; mangalvar = tuesday; mangalwar = tuesday; mangalvaar = tuesday; budhvar = wednesday; budhwar = wednesday; budhvaar = wednesday
    guruvar = thursday; guruwar = thursday; veervar = thursday; brihaspativar = thursday; shukravar = friday; shukrawar = friday; shukravaar = friday
    shanivar = saturday; shaniwar = saturday; shanivaar = saturday; ravivar = sunday; raviwar = sunday; itvaar = sunday; itwar = sunday; etvaar = sunday
    pehle = ago; baad = after; ab tak = till now; abhi tak = till now; se ab tak = till now
    bahar khana = eating out; bahar khane = eating out; bahar ka khana = eating out; khana = food; khane = food; paisa = money; paise = money; ja raha = going; ja rahe = going; ja rahi = going; gaya kahan = went where
    se zyada = more than; se jyada = more than; se kam = less than
    subah = morning; shaam = evening; sham = evening; raat = night; dopahar = afternoon
    ek = one; do sau = two hundred; paanch = five; pancho = five; das = ten; bees = twenty; pachaas = fifty; pachas = fifty; sau = hundred; hazaar = thousand; hazar = thousand; hajar = thousand
    nethu = yesterday; netru = yesterday; ninne = yesterday; monne = the day before yesterday; munthanaal = the day before yesterday; mondha naal = the day before yesterday; indru = today; inniku = today; ivattu = today; ivathu = today
    pona maasam = last month; pona vaaram = last week; indha maasam = this month; indha vaaram = this week; ee tingalu = this month; ee vaara = this week; hoda tingalu = last month; kalleda vaara = last week
    evlo = how much; evvalavu = how much; eshtu = how much; selavu = spent; selavaachu = spent; kharchu = spent; aaythu = ; aagide = ; da = ; di = ; pa = 
    kitna = how much; kitne = how much; kitni = how much; kitna paisa = how much
    kharcha = spent; kharch = spent; kharche = spent; kharchaa = spent; kharcha kiya = spent; kharch kiya = spent; udaya = spent; udaye = spent; udaaye = spent
    pichle = last; pichhle = last; pichla = last; pichli = last
    kisne = who; kaun = who; zyada = more; jyada = more; zada = more; jada = more
    sabse zyada = most; sabse jyada = most; sabse bada = biggest; sabse badi = biggest; sabse bade = biggest; sabse mehenga = biggest; sabse mehnga = biggest; sabse mehngi = biggest
    kaunsa = what; kaun sa = what; konsa = what; kya = what; kahan = where; kaha = where
    maine = i paid; mene = i paid; humne = we paid; ne = paid
    diye = paid; diya = paid; de diye = paid; bhara = paid; bhare = paid; pay kiya = paid; pay kia = paid
    pe = on; par = on; mein = in; ke liye = for; ka = ; ki = ; ke = ; liye = for; ko = ; se = ; wala = ; wale = ; wali = ; waala = ; waale = ; waali = 
    hua = ; hui = ; hue = ; tha = ; thi = ; hai = ; hain = ; kiya = ; kiye = ; kia = ; gaya = ; gaye = ; gayi = ; liya = ; liye the = ; li = ; le = ; lia = ; toh = 
    aur = and; phir = then; fir = then; baad mein = then
    aadha aadha = half half; aadha = half; baant = split; baant lo = split; barabar = equally
    wapas = back; vapas = back; wapas mile = came back; mila = received; mile = received; aaya = received; aaye = received
    shukriya = thanks; dhanyavad = thanks; dhanyawad = thanks
  `,
  tl: `
    isang libo = one thousand; dalawang libo = two thousand; limang daan = five hundred; isang daan = one hundred; sandaan = one hundred; libo = thousand; daan = hundred; raan = hundred
    kahapon = yesterday; kagabi = last night; kanina = today; ngayon = today; ngayong araw = today; kaninang umaga = this morning
    bukas = tomorrow; kamakalawa = the day before yesterday; noong isang araw = the day before yesterday
    ngayong buwan = this month; ngayon buwan = this month; itong buwan = this month; ngayong month = this month; ngayong buwang ito = this month
    nakaraang buwan = last month; noong isang buwan = last month; nung isang buwan = last month; last buwan = last month; nakaraan buwan = last month
    ngayong linggo = this week; itong linggo = this week; ngayong week = this week; this linggo = this week
    nakaraang linggo = last week; noong isang linggo = last week; nung isang linggo = last week; last linggo = last week; nakaraan linggo = last week
    ngayong taon = this year; itong taon = this year; nakaraang taon = last year; noong isang taon = last year
    buwan = month; taon = year; araw = days; umaga = morning; gabi = night; hapon = afternoon; tanghali = noon
    lunes = monday; martes = tuesday; miyerkules = wednesday; myerkules = wednesday; huwebes = thursday; biyernes = friday; byernes = friday; sabado = saturday; linggo = sunday
    nung = on; noong = on; nong = on; noon = on; huling = last; huli = last; nakaraang = last
    enero = january; pebrero = february; marso = march; abril = april; hunyo = june; hulyo = july; agosto = august; setyembre = september; oktubre = october; nobyembre = november; disyembre = december
    nagastos ko = i spent; gastos ko = i spent; ginastos ko = i spent; binayaran ko = i paid; nagbayad ko = i paid
    binayaran ni = paid by; bayad ni = paid by; binayaran na ni = paid by; sagot ni = paid by; libre ni = paid by
    binayaran na ako = paid me back; binayaran ako = paid me back; utang = debt
    pagkain sa labas = eating out; kain sa labas = eating out; kumain sa labas = eating out; pagkain = food
    napupunta = goes; napunta = went; pera = money; tumaas = went up; bumaba = went down
    magkano = how much; magkanu = how much; ilan = how much
    gastos = spent; nagastos = spent; ginastos = spent; gumastos = spent; nagastos natin = spent; gastusin = spent; gastos natin = spent
    sino = who; mas malaki = more; mas marami = more; mas madami = more; mas = more
    pinakamalaking = biggest; pinakamalaki = biggest; pinakamahal = biggest; pinaka malaki = biggest; pinakamalaking gastos = biggest expense
    ano = what; anong = what; saan = where; san = where
    nagbayad = paid; binayaran = paid; nagbayad ng = paid; bayad = paid; nagbayad ako = i paid; ako nagbayad = i paid; ako na = i paid; libre ko = i paid; sagot ko = i paid
    pareho = both; parehas = both; hati tayo = split; hatian = split; hati = split; kalahati = half; hati hati = split
    tapos = and; pagkatapos = and; saka = and; tsaka = and; at saka = and; at tsaka = and
    sa = on; para sa = for; para = for; simula = since; mula = since; mula noong = since
    natin = ; namin = ; ko = ; mo = ; na = ; ba = ; ang = ; ng = ; mga = ; yung = ; yong = ; ung = ; nga = ; po = ; lang = ; naman = ; din = ; rin = ; pa = ; si = ; ni = ; kami = ; tayo = ; ako = i; kay = 
    salamat = thanks; maraming salamat = thanks; kumusta = hello; kamusta = hello
    ibinalik = came back; binalik = came back
    naubos = spent; naubos natin = spent; gastador = spent; mas gastador = spent more
  ` + BISAYA,
  de: `
    heute = today; heute morgen = this morning; heute früh = this morning; heute abend = tonight; gestern = yesterday; gestern abend = last night; gestern morgen = yesterday morning
    vorgestern = the day before yesterday; morgen = tomorrow
    montag = monday; dienstag = tuesday; mittwoch = wednesday; donnerstag = thursday; freitag = friday; samstag = saturday; sonnabend = saturday; sonntag = sunday
    am mo = on monday; am di = on tuesday; am mi = on wednesday; am do = on thursday; am fr = on friday; am sa = on saturday; am so = on sunday
    am montag = on monday; am dienstag = on tuesday; am mittwoch = on wednesday; am donnerstag = on thursday; am freitag = on friday; am samstag = on saturday; am sonntag = on sunday
    letzten = last; letzte = last; letzter = last; letztes = last; vergangenen = last; vergangene = last; vorigen = last; vorige = last; voriges = last
    diesen monat = this month; dieser monat = this month; diesem monat = this month; im monat = this month; vormonat = last month; im letzten monat = last month
    diese woche = this week; dieser woche = this week; dieses jahr = this year; diesem jahr = this year
    monat = month; woche = week; jahr = year; tage = days; tagen = days; wochen = weeks; monate = months; monaten = months
    januar = january; jänner = january; februar = february; märz = march; juni = june; juli = july; oktober = october; dezember = december
    im = in; seit = since; bis = till; vom = from
    wie viel = how much; wieviel = how much; wie viele = how much; was haben wir = what have we
    ausgegeben = spent; ausgeben = spend; ausgaben = expenses; kosten = cost; gekostet = cost
    haben = have; hab ich = have i; habe ich = have i; hab = i have; habe = i have; wir = we; ich = i; unser = our; unsere = our; mein = my; meine = my
    für = for; fürs = for; bei = at; beim = at; insgesamt = total; gesamt = total
    heuer = this year; ham ma = have we; ham = have; draufgegangen = spent; drauf = spent; gesamtausgaben = total spending; essengehen = eating out; essen gehen = eating out; auswärts essen = eating out; wofür = where; zurückerstattet = refunded; ausgelegt = paid; übernehm = take; übernehme = take
    zehn = ten; zwanzig = twenty; dreißig = thirty; vierzig = forty; fünfzig = fifty; fuffzig = fifty; sechzig = sixty; siebzig = seventy; achtzig = eighty; neunzig = ninety; hundert = hundred; tausend = thousand
    gelassen = spent; ging = went; gingen = went; eingetragen = logged; zuletzt = recently; klamotten = clothes
    wer = who; mehr = more; am meisten = most; weniger = less
    größte = biggest; größten = biggest; grösste = biggest; teuerste = biggest; teuersten = biggest
    was kannst du = what can you do; zeig = show; zeige = show; zeig mir = show; durchschnitt = average; durchschnittlich = average; pro tag = per day; im schnitt = average
    im vergleich zu = compared to; verglichen mit = compared to; als = than; kategorien = categories; kategorie = category
    wo = where; geht = goes; geld = money
    beide = both; beides = both; und = and; oder = or; dann = then; noch = also
    hat bezahlt = paid; bezahlt = paid; gezahlt = paid; hat gezahlt = paid; zahlt = paid; hat zahlt = paid
    geteilt = split; teilen = split; halbe halbe = half half; halb halb = half half; halbe-halbe = half half; halb-halb = half half; fifty-fifty = half half; mit = with; zwischen = between; uns = us
    mal = ; schon = ; noch mal = ; wieder = 
    uhr = o'clock; zurückgegeben = gave back; zurückgezahlt = paid back; zurücküberwiesen = paid back; zurück = back; erstattung = refund; rückerstattung = refund; erstattet = refunded; gutschrift = refund
    danke = thanks; danke schön = thanks; vielen dank = thanks; hallo = hello; moin = hello; servus = hello; guten morgen = good morning
  `,
  fr: `
    aujourd'hui = today; aujourdhui = today; auj = today; ce matin = this morning; ce soir = tonight
    hier = yesterday; hier soir = last night; avant-hier = the day before yesterday; avant hier = the day before yesterday; demain = tomorrow
    lundi = monday; mardi = tuesday; mercredi = wednesday; jeudi = thursday; vendredi = friday; samedi = saturday; dimanche = sunday
    lundi dernier = last monday; mardi dernier = last tuesday; mercredi dernier = last wednesday; jeudi dernier = last thursday; vendredi dernier = last friday; samedi dernier = last saturday; dimanche dernier = last sunday
    le mois dernier = last month; mois dernier = last month; le mois passé = last month; mois passé = last month; au mois passé = last month; au mois dernier = last month; la semaine passée = last week; semaine passée = last week; l' an passé = last year; l' année passée = last year; la semaine dernière = last week; semaine dernière = last week; l' année dernière = last year; l' an dernier = last year
    ce mois-ci = this month; ce mois ci = this month; ce mois = this month; cette semaine = this week; cette année = this year
    mois = month; semaine = week; année = year; jours = days; derniers = last; dernières = last; dernier = last; dernière = last
    janvier = january; février = february; avril = april; juin = june; juillet = july; août = august; septembre = september; octobre = october; novembre = november; décembre = december
    il y a = ago; depuis = since; jusqu'à = till
    combien = how much; dépensé = spent; dépenses = expenses; dépense = spent; coûté = cost
    avons-nous = have we; nous avons = we have; j'ai = i; a-t-on = have we
    chez = at; en = in; dans = in
    mes = my; qui = who; le plus = most; plus gros = biggest; plus grosse = biggest; plus grande = biggest; le plus cher = biggest; la plus chère = biggest; plus cher que = more than; plus chère que = more than; plus cher = more
    moyenne = average; par jour = per day; catégories = categories; par rapport à = compared to; par rapport au = compared to; comparé à = compared to; où part = where goes; où va = where goes; où passe = where goes; plus que = more than; plus grosses = biggest; plus grandes = biggest; que peux-tu faire = what can you do; tu peux faire quoi = what can you do; où = where; va = goes; notre argent = our money
    et = and; puis = then; ou = or; avec = with; entre = between; nous = us
    a payé = paid; payé = paid; j'ai payé = i paid; partagé = split; partager = split; moitié moitié = half half; moitié-moitié = half half
    les deux = both; tous les deux = both; remboursement = refund; remboursé = refunded
    merci = thanks; merci beaucoup = thanks; bonjour = hello; salut = hello; coucou = hello
  `,
  es: `
    hoy = today; esta mañana = this morning; esta noche = tonight; ayer = yesterday; anoche = last night
    anteayer = the day before yesterday; antier = the day before yesterday; antes de ayer = the day before yesterday; antes de anoche = the day before yesterday; mañana = tomorrow
    lunes = monday; martes = tuesday; miércoles = wednesday; jueves = thursday; viernes = friday; sábado = saturday; domingo = sunday
    el lunes pasado = last monday; el martes pasado = last tuesday; el miércoles pasado = last wednesday; el jueves pasado = last thursday; el viernes pasado = last friday; el sábado pasado = last saturday; el domingo pasado = last sunday
    lunes pasado = last monday; martes pasado = last tuesday; miércoles pasado = last wednesday; jueves pasado = last thursday; viernes pasado = last friday; sábado pasado = last saturday; domingo pasado = last sunday
    el mes pasado = last month; mes pasado = last month; la semana pasada = last week; semana pasada = last week; el año pasado = last year; año pasado = last year
    este mes = this month; esta semana = this week; este año = this year
    semana = week; año = year; días = days; últimos = last; últimas = last; pasado = last; pasada = last
    enero = january; febrero = february; marzo = march; abril = april; junio = june; julio = july; agosto = august; septiembre = september; setiembre = september; octubre = october; noviembre = november; diciembre = december
    desde = since; hasta = till; dilluns = monday; dimarts = tuesday; dimecres = wednesday; dijous = thursday; divendres = friday; dissabte = saturday; diumenge = sunday
    cuánto = how much; cuánto hemos = how much have we; cuántos = how much; gastamos = spent; gastado = spent; gastó = spent; gastaste = spent; gasté = spent; gastos = expenses; gasto = spent; costó = cost
    hemos = have; nosotros = we
    en = in; para = for; por = for
    quién = who; más = more; lo más = most; mayor = biggest; más grande = biggest; más caro = biggest; más cara = biggest
    promedio = average; por día = per day; al día = per day; categorías = categories; comparado con = compared to; más que = more than; menos que = less than; más grandes = biggest; grandes = biggest; qué puedes hacer = what can you do; dónde = where; va = goes; nuestro dinero = our money
    en qué se nos va = where goes; en qué se va = where goes; se nos va = goes; se va = goes; se fue = went; se nos fue = went; llevamos = have we spent; los dos = both; las dos = both; y = and; luego = then; entre = between
    pagó = paid; ha pagado = paid; pagado = paid; pagué = i paid; a medias = split; mitad = half; dividido = split; compartido = split
    reembolso = refund; devolución = refund; devolvieron = refunded
    gracias = thanks; muchas gracias = thanks; hola = hello; buenas = hello; vale = ok
  `,
  nl: `
    vandaag = today; vanochtend = this morning; vanmorgen = this morning; vanavond = tonight; gisteren = yesterday; gisteravond = last night
    eergisteren = the day before yesterday; morgen = tomorrow
    maandag = monday; dinsdag = tuesday; woensdag = wednesday; donderdag = thursday; vrijdag = friday; zaterdag = saturday; zondag = sunday
    vorige maand = last month; afgelopen maand = last month; deze maand = this month; deze week = this week; vorige week = last week; afgelopen week = last week
    dit jaar = this year; vorig jaar = last year
    vorige = last; afgelopen = last; laatste = last; maand = month; jaar = year; dagen = days; weken = weeks
    januari = january; februari = february; maart = march; augustus = august; oktober = october
    sinds = since; tot = till; geleden = ago
    hoeveel = how much; totaal = total; uitgegeven = spent; gaven we uit = did we spend; geven we uit = do we spend; gaf ik uit = did i spend; wat ging er naar = what went to; ging = went; naar = to; wat = what; er = ; uitgaven = expenses; gekost = cost; kosten = cost
    hebben we = have we; hebben wij = have we; heb ik = have i; ik heb = i have; heb = have; hebben = have; we = we; wij = we; ik = i; ons = our; onze = our
    bij = at; aan = on; voor = for; op = on
    wie = who; meer dan = more than; minder dan = less than; meer = more; het meest = most; grootste = biggest; duurste = biggest
    wat kun je = what can you do; wat kan je = what can you do; gemiddeld = average; per dag = per day; categorieën = categories; vergeleken met = compared to; waar = where; gaat = goes; ons geld = our money
    allebei = both; alle twee = both; en = and; daarna = then; met = with; tussen = between
    heeft betaald = paid; betaald = paid; betaalde = paid; gedeeld = split; delen = split; helft = half
    terugbetaling = refund; terugbetaald = refunded; terug = back
    bedankt = thanks; dank je = thanks; dankjewel = thanks; hoi = hello; hallo = hello
  `,
};

interface Rewrite {
  readonly words: readonly string[];
  readonly replacement: string;
}

/** First word → rewrites starting with it, longest first. */
type RewriteIndex = ReadonlyMap<string, readonly Rewrite[]>;

/** Table words are matched without accents: "cuanto" is "cuánto". */
export const plain = withoutAccents;

function parse(table: Table): Rewrite[] {
  const rewrites: Rewrite[] = [];
  for (const entry of table.split(/[;\n]/)) {
    const at = entry.indexOf('=');
    if (at < 0) continue;
    const phrase = entry.slice(0, at).trim();
    if (phrase === '') continue;
    rewrites.push({ words: phrase.split(/\s+/).map(plain), replacement: entry.slice(at + 1).trim() });
  }
  return rewrites;
}

const ENGLISH_WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Phrases made of a lead word and every weekday or month, in the language's and in English spelling. */
function combinations(leads: readonly string[], names: readonly (readonly string[])[], english: readonly string[], into: (english: string) => string): Table {
  const lines: string[] = [];
  names.forEach((spellings, k) => {
    const target = english[k] ?? '';
    for (const lead of leads) for (const name of [...spellings, target]) lines.push(`${lead} ${name} = ${into(target)}`);
  });
  return lines.join('\n');
}

/** "nung sabado", "noong friday": Tagalog's past marker makes the weekday the last one, never today. */
const TAGALOG_PAST_WEEKDAYS = combinations(
  ['nung', 'noong', 'nong'],
  [['lunes'], ['martes'], ['miyerkules', 'myerkules'], ['huwebes'], ['biyernes', 'byernes'], ['sabado'], ['linggo']],
  ENGLISH_WEEKDAYS,
  (day) => `last ${day}`,
);
/** "en octobre", "en octubre": in the month; alone, Dutch "en" is "and". */
const FRENCH_MONTHS = combinations(['en'], [['janvier'], ['février'], ['mars'], ['avril'], ['mai'], ['juin'], ['juillet'], ['août'], ['septembre'], ['octobre'], ['novembre'], ['décembre']], ENGLISH_MONTHS, (month) => `in ${month}`);
const SPANISH_MONTHS = combinations(['en'], [['enero'], ['febrero'], ['marzo'], ['abril'], ['mayo'], ['junio'], ['julio'], ['agosto'], ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre']], ENGLISH_MONTHS, (month) => `in ${month}`);
const EXTRA: Partial<Record<Language, Table>> = { tl: TAGALOG_PAST_WEEKDAYS, fr: FRENCH_MONTHS, es: SPANISH_MONTHS };

const PARSED: ReadonlyMap<Language, readonly Rewrite[]> = new Map(
  (Object.keys(TABLES) as Language[]).map((language) => [language, parse(`${EXTRA[language] ?? ''}\n${TABLES[language]}`)]),
);

const indexes = new Map<string, RewriteIndex>();

/**
 * Words a neighbour's language shares with English ("en", "mal", "tot", "hier"): read the
 * neighbour's way only in a household whose own language it is.
 */
const ENGLISH_TOO: ReadonlySet<string> = new Set([
  'en', 'pour', 'mal', 'tot', 'im', 'ham', 'vale', 'mes', 'da', 'de', 'sa', 'ni', 'si', 'pa', 'ma', 'so', 'was', 'die', 'man',
  'war', 'bin', 'kind', 'see', 'fast', 'gift', 'art', 'rot', 'hell', 'bad', 'arm', 'also', 'will', 'on', 'a', 'as', 'is', 'me',
  'mais', 'dans', 'par', 'va', 'ou', 'et', 'er', 'wat', 'tak', 'ha', 'le', 'ne',
]);

/** The rewrites for a household's languages; an earlier language keeps a phrase a later one also has. */
export function rewriteIndex(languages: readonly Language[]): RewriteIndex {
  const key = languages.join(',');
  const cached = indexes.get(key);
  if (cached) return cached;
  const seen = new Set<string>();
  const index = new Map<string, Rewrite[]>();
  for (const [position, language] of languages.entries()) {
    for (const rewrite of PARSED.get(language) ?? []) {
      const id = rewrite.words.join(' ');
      if (seen.has(id)) continue;
      if (position > 0 && rewrite.words.every((w) => ENGLISH_TOO.has(w))) continue;
      seen.add(id);
      const first = rewrite.words[0] ?? '';
      const list = index.get(first) ?? [];
      list.push(rewrite);
      index.set(first, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  indexes.set(key, index);
  return index;
}

/** A word not glued to digits: the "o" of "o2" is no Spanish "or". */
const WORD = /(?<![\p{L}\p{M}\p{N}])[\p{L}\p{M}](?:[\p{L}\p{M}'-](?=[\p{L}\p{M}])|[\p{L}\p{M}])*'?(?![\p{N}])/gu;

/** A stretch of rewritten text and what the person wrote there, so descriptions keep their words. */
export interface Original {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Rewritten {
  readonly text: string;
  readonly originals: readonly Original[];
}

/** Rewrites every known phrase of `languages` in already lower-cased, single-spaced text. */
export function rewriteLocaleWords(text: string, languages: readonly Language[]): Rewritten {
  if (languages.length === 0) return { text, originals: [] };
  const index = rewriteIndex(languages);
  const spans: { start: number; end: number; word: string }[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    spans.push({ start: match.index, end: match.index + match[0].length, word: plain(match[0]) });
  }
  let out = '';
  let copied = 0;
  const originals: Original[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    if (!span) continue;
    const candidates = index.get(span.word);
    if (!candidates) continue;
    const hit = candidates.find((rewrite) => rewrite.words.every((w, k) => {
      const next = spans[i + k];
      if (!next || next.word !== w) return false;
      // The words of a phrase are separated by spaces only: "kal, 500" is not "kal 500".
      return k === 0 || /^ +$/.test(text.slice((spans[i + k - 1] as { end: number }).end, next.start));
    }));
    if (!hit) continue;
    const last = spans[i + hit.words.length - 1] as { end: number };
    let end = last.end;
    out += text.slice(copied, span.start);
    if (hit.replacement === '') {
      // A dropped filler takes one neighbouring space with it.
      if (text[end] === ' ') end++;
      else if (out.endsWith(' ')) out = out.slice(0, -1);
    } else {
      originals.push({ start: out.length, end: out.length + hit.replacement.length, text: text.slice(span.start, last.end) });
      out += hit.replacement;
    }
    copied = end;
    i += hit.words.length - 1;
  }
  return copied === 0 ? { text, originals: [] } : { text: out + text.slice(copied), originals };
}
