package synth

// The name and place lists are small and embedded so that the generator
// reads no files. Given names are common US/European ones (the SSA list's
// commonest); surnames are common in the countries listed below.

var maleNames = []string{
	"James", "John", "Robert", "Michael", "David", "William", "Richard", "Thomas",
	"Mark", "Andrew", "Edward", "Steven", "Kenneth", "Daniel", "Paul", "George",
	"Peter", "Stephen", "Brian", "Kevin", "Jonathan", "Patrick", "Frank", "Samuel",
	"Henry", "Alexander", "Nicholas", "Philip", "Martin", "Simon", "Victor", "Oliver",
	"Felix", "Lukas", "Matteo", "Pierre", "Hans", "Javier", "Carlos", "Miguel",
	"Sergei", "Dmitry", "Andriy", "Mehmet", "Ahmed", "Omar", "Hiroshi", "Kenji",
	"Rahul", "Arjun", "Wei", "Jun", "Tomasz", "Piotr", "Lars", "Erik",
}

var femaleNames = []string{
	"Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Sarah",
	"Karen", "Nancy", "Margaret", "Emily", "Michelle", "Laura", "Rebecca", "Anna",
	"Catherine", "Helen", "Julia", "Claire", "Sophie", "Emma", "Olivia", "Charlotte",
	"Ingrid", "Greta", "Marta", "Elena", "Isabel", "Lucia", "Sofia", "Ursula",
	"Annalena", "Kaja", "Giorgia", "Yulia", "Olena", "Ayse", "Fatima", "Leila",
	"Yuki", "Priya", "Mei", "Agnieszka", "Astrid", "Maria",
}

var surnames = []string{
	"Anderson", "Baker", "Campbell", "Carter", "Collins", "Cooper", "Edwards", "Evans",
	"Fletcher", "Foster", "Gardner", "Graham", "Harper", "Hayes", "Hughes", "Jenkins",
	"Kennedy", "Lawson", "Mitchell", "Morgan", "Murphy", "Nelson", "Palmer", "Parker",
	"Porter", "Reynolds", "Richardson", "Russell", "Sanders", "Spencer", "Sullivan", "Turner",
	"Wallace", "Warren", "Whitaker", "Bauer", "Becker", "Fischer", "Hartmann", "Hoffmann",
	"Keller", "Krause", "Lehmann", "Neumann", "Richter", "Schubert", "Vogel", "Weber",
	"Dubois", "Fontaine", "Girard", "Lambert", "Lefevre", "Marchand", "Moreau", "Rousseau",
	"Bianchi", "Colombo", "Esposito", "Ferrari", "Greco", "Marino", "Ricci", "Romano",
	"Alvarez", "Castillo", "Delgado", "Fernandez", "Herrera", "Morales", "Navarro", "Ortega",
	"Ivanov", "Kuznetsov", "Lebedev", "Morozov", "Novikov", "Orlov", "Pavlov", "Sokolov",
	"Bondarenko", "Kovalenko", "Melnyk", "Shevchenko", "Tkachenko", "Kowalski", "Nowak", "Wisniewski",
	"Andersen", "Johansson", "Lindqvist", "Nielsen", "Virtanen", "Demir", "Kaya", "Yilmaz",
	"Haddad", "Khalil", "Mansour", "Nasser", "Tanaka", "Watanabe", "Yamamoto", "Nakamura",
	"Sharma", "Patel", "Iyer", "Chen", "Zhang", "Okafor", "Mensah", "Silva",
}

// A country is a real country with its adjective, capital and some other
// cities.
type country struct {
	Name, Adj string
	Cities    []string // the capital first
}

var countries = []country{
	{"United States", "US", []string{"Washington", "New York", "Chicago", "Los Angeles"}},
	{"Russia", "Russian", []string{"Moscow", "Saint Petersburg", "Sochi", "Kazan"}},
	{"Ukraine", "Ukrainian", []string{"Kyiv", "Lviv", "Odesa", "Kharkiv"}},
	{"Germany", "German", []string{"Berlin", "Munich", "Hamburg", "Frankfurt"}},
	{"France", "French", []string{"Paris", "Marseille", "Lyon", "Nice"}},
	{"United Kingdom", "British", []string{"London", "Manchester", "Edinburgh", "Birmingham"}},
	{"Italy", "Italian", []string{"Rome", "Milan", "Naples", "Florence"}},
	{"Spain", "Spanish", []string{"Madrid", "Barcelona", "Seville", "Valencia"}},
	{"Poland", "Polish", []string{"Warsaw", "Krakow", "Gdansk"}},
	{"Turkey", "Turkish", []string{"Ankara", "Istanbul", "Izmir", "Antalya"}},
	{"China", "Chinese", []string{"Beijing", "Shanghai", "Guangzhou", "Shenzhen"}},
	{"Japan", "Japanese", []string{"Tokyo", "Osaka", "Kyoto", "Hiroshima"}},
	{"India", "Indian", []string{"New Delhi", "Mumbai", "Bangalore", "Kolkata"}},
	{"Saudi Arabia", "Saudi", []string{"Riyadh", "Jeddah", "Dammam"}},
	{"Qatar", "Qatari", []string{"Doha"}},
	{"United Arab Emirates", "Emirati", []string{"Abu Dhabi", "Dubai"}},
	{"Israel", "Israeli", []string{"Jerusalem", "Tel Aviv", "Haifa"}},
	{"Egypt", "Egyptian", []string{"Cairo", "Alexandria", "Sharm el-Sheikh"}},
	{"Brazil", "Brazilian", []string{"Brasilia", "Rio de Janeiro", "Sao Paulo"}},
	{"Canada", "Canadian", []string{"Ottawa", "Toronto", "Montreal", "Vancouver"}},
	{"Mexico", "Mexican", []string{"Mexico City", "Guadalajara", "Monterrey"}},
	{"Switzerland", "Swiss", []string{"Bern", "Geneva", "Zurich", "Davos"}},
	{"Austria", "Austrian", []string{"Vienna", "Salzburg"}},
	{"Belgium", "Belgian", []string{"Brussels", "Antwerp"}},
	{"Netherlands", "Dutch", []string{"Amsterdam", "The Hague", "Rotterdam"}},
	{"Sweden", "Swedish", []string{"Stockholm", "Gothenburg"}},
	{"Norway", "Norwegian", []string{"Oslo", "Bergen"}},
	{"Finland", "Finnish", []string{"Helsinki", "Turku"}},
	{"Hungary", "Hungarian", []string{"Budapest", "Debrecen"}},
	{"Kazakhstan", "Kazakh", []string{"Astana", "Almaty"}},
	{"South Korea", "South Korean", []string{"Seoul", "Busan"}},
	{"Indonesia", "Indonesian", []string{"Jakarta", "Bali"}},
	{"South Africa", "South African", []string{"Pretoria", "Johannesburg", "Cape Town"}},
	{"Nigeria", "Nigerian", []string{"Abuja", "Lagos"}},
	{"Kenya", "Kenyan", []string{"Nairobi", "Mombasa"}},
	{"Argentina", "Argentine", []string{"Buenos Aires", "Cordoba"}},
	{"Australia", "Australian", []string{"Canberra", "Sydney", "Melbourne"}},
	{"Iran", "Iranian", []string{"Tehran", "Isfahan"}},
	{"Pakistan", "Pakistani", []string{"Islamabad", "Karachi", "Lahore"}},
	{"Vietnam", "Vietnamese", []string{"Hanoi", "Ho Chi Minh City"}},
}

// Titles that head of state, government or ministry hold. The weight of a
// title is its position: earlier ones are rarer, as in the news.
var titles = []string{
	"President", "Prime Minister", "Foreign Minister", "Defence Minister",
	"Finance Minister", "Trade Minister", "Energy Minister", "special envoy",
	"ambassador", "national security adviser", "Interior Minister", "Health Minister",
}

// Venues that news names as the place of a meeting, by city.
var venues = map[string]string{
	"Moscow":     "the Kremlin",
	"Washington": "the White House",
	"London":     "Downing Street",
	"Paris":      "the Elysee Palace",
	"Berlin":     "the Chancellery",
	"Brussels":   "NATO headquarters",
	"Geneva":     "the Palais des Nations",
	"New York":   "the United Nations headquarters",
}

var summits = []string{
	"G20 summit", "NATO summit", "G7 summit", "World Economic Forum",
	"Munich Security Conference", "UN General Assembly", "European Council summit",
	"ASEAN summit", "BRICS summit", "climate summit",
}

var topics = []string{
	"the war in Ukraine", "energy prices", "trade tariffs", "a ceasefire", "grain exports",
	"nuclear talks", "migration", "defence spending", "sanctions", "climate finance",
	"a prisoner exchange", "gas supplies", "semiconductor exports", "debt relief",
	"security guarantees", "the reconstruction of Gaza", "Arctic shipping routes",
}

var outlets = []string{
	"Synthetic Wire", "The Daily Ledger", "Global Dispatch", "Evening Courier",
	"The Capital Observer", "Northern Tribune",
}
