import { parse } from './forms.ts';

// Southern Tunisia.
// Frequency order: the head of each list is carried by a large share of people; the tail is
// long, as in real registers, so that two unrelated children rarely share every name by chance.

/** Boys and men. */
export const TUNISIA_MALE = parse(`
Mohamed|Mohamed,Mohammed|محمد
Ahmed|Ahmed,Ahmad|أحمد
Youssef|Youssef,Yusuf|يوسف
Amine|Amine,Amin|أمين
Yassine|Yassine,Yasin|ياسين
Aymen|Aymen,Ayman|أيمن
Hamza|Hamza|حمزة
Skander|Skander,Iskander|إسكندر
Omar|Omar,Umar|عمر
Ali|Ali|علي
Mehdi|Mehdi,Mahdi|مهدي
Karim|Karim,Kareem|كريم
Bilel|Bilel,Bilal|بلال
Walid|Walid,Waleed|وليد
Sami|Sami|سامي
Nizar|Nizar|نزار
Firas|Firas|فراس
Rayen|Rayen,Rayan|ريان
Wassim|Wassim,Wasim|وسيم
Oussama|Oussama,Usama|أسامة
`);

/** Girls and women. */
export const TUNISIA_FEMALE = parse(`
Mariem|Mariem,Maryam|مريم
Fatma|Fatma,Fatima|فاطمة
Amira|Amira|أميرة
Nour|Nour,Nur|نور
Yasmine|Yasmine,Yasmin|ياسمين
Salma|Salma|سلمى
Rim|Rim,Reem|ريم
Ines|Ines,Inès|إيناس
Eya|Eya,Aya|آية
Chaima|Chaima,Shaima|شيماء
Sarra|Sarra,Sara|سارة
Hiba|Hiba|هبة
Asma|Asma|أسماء
Oumaima|Oumaima,Umaima|أميمة
Rania|Rania|رانيا
Khaoula|Khaoula,Khawla|خولة
Sirine|Sirine,Sirin|سيرين
Ghofrane|Ghofrane,Ghufran|غفران
Nesrine|Nesrine,Nasrin|نسرين
Wafa|Wafa|وفاء
`);

/** Family names. */
export const TUNISIA_FAMILY = parse(`
Ben Salah,Bensalah|Ben Salah,Bin Salah|بن صالح
Trabelsi|Trabelsi,Tarabulsi|الطرابلسي
Ben Ali|Ben Ali,Benali|بن علي
Jlassi,Jelassi|Jlassi|الجلاصي
Gharbi|Gharbi,Gharby|الغربي
Mejri|Mejri,Majri|الماجري
Hammami|Hammami,Hamami|الحمامي
Ayari|Ayari,Ayyari|العياري
Dridi|Dridi|الدريدي
Chaabane|Chaabane,Shaaban|شعبان
Ben Amor|Ben Amor,Benamor|بن عمر
Khemiri|Khemiri,Khmiri|الخميري
Zouari|Zouari,Zuari|الزواري
Ben Youssef|Ben Youssef,Bin Yusuf|بن يوسف
Hamdi|Hamdi|الحمدي
Bouazizi|Bouazizi,Buazizi|البوعزيزي
Mansouri|Mansouri,Mansuri|المنصوري
Jebali|Jebali,Jabali|الجبالي
Sassi|Sassi|ساسي
Tlili|Tlili|التليلي
Ouni|Ouni,Awni|العوني
Mabrouk|Mabrouk,Mabruk|مبروك
Cherni|Cherni,Sharni|الشرني
Ben Hassen|Ben Hassen,Bin Hassan|بن حسن
Bouzid|Bouzid,Abu Zaid|بوزيد
Ferchichi|Ferchichi|الفرشيشي
Abidi|Abidi,Abbidi|العبيدي
Ghanmi|Ghanmi|الغانمي
`);
