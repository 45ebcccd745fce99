import { parse } from './forms.ts';

// Chad and Darfur (Arabic, Masalit, Fur, Zaghawa usage).
// Frequency order: the head of each list is carried by a large share of people; the tail is
// long, as in real registers, so that two unrelated children rarely share every name by chance.

/** Boys and men. */
export const SAHEL_ARABIC_MALE = parse(`
Mahamat,Mahammat,Mouhamat|Mohammed,Muhammad,Mohamed,Mohamad|محمد
Abakar,Abbakar|Abubakar,Abu Bakr,Abubakr|أبكر
Adam,Adoum|Adam|آدم
Issa|Isa,Issa|عيسى
Ahmat,Ahmad|Ahmed,Ahmad|أحمد
Moussa|Musa,Mousa|موسى
Abdallah,Abdalla|Abdullah,Abdalla|عبدالله
Brahim,Ibrahim|Ibrahim,Ebrahim|إبراهيم
Haroun|Harun,Haroon|هارون
Youssouf,Youssef|Yusuf,Yousif|يوسف
Djibrine,Djibril|Jibril,Gibril|جبريل
Oumar,Omar|Umar,Omar|عمر
Hassane,Hassan|Hassan,Hasan|حسن
Hissein,Hissène|Hussein,Husain|حسين
Ali|Ali|علي
Saleh,Salah|Salih,Saleh|صالح
Idriss,Idris|Idris,Edris|إدريس
Yacoub,Yakoub|Yaqub,Yacoub|يعقوب
Abdelkerim,Abdel Kerim|Abdulkarim,Abd al-Karim|عبدالكريم
Abderamane,Abdramane|Abdelrahman,Abdulrahman|عبدالرحمن
Ousmane,Outhman|Osman,Uthman|عثمان
Mahamoud,Mahmoud|Mahmoud,Mahmud|محمود
Souleymane,Soulemane|Sulaiman,Suleiman|سليمان
Ismaïl,Ismaël|Ismail|إسماعيل
Khamis,Hamis|Khamis|خميس
Bakhit,Bakit|Bakheet,Bakhit|بخيت
Hamid,Hamit|Hamid|حامد
Yaya,Yahia|Yahya|يحيى
Djouma,Djoumaa|Juma,Jumaa|جمعة
Béchir,Bachir|Bashir|بشير
Moustapha|Mustafa|مصطفى
Zakaria,Zacharia|Zakariya,Zakaria|زكريا
Tahir,Taher|Tahir|طاهر
Younous,Younouss|Yunus,Younis|يونس
Khalil,Halil|Khalil|خليل
Ishaq,Issakha|Ishag,Ishaq|إسحاق
Babikir|Babiker|بابكر
Hamdane|Hamdan|حمدان
Seddik,Siddick|Siddig,Siddiq|صديق
Abdelaziz,Abdel Aziz|Abdulaziz,Abdelaziz|عبدالعزيز
Nour|Nur,Noor|نور
Anour,Anouar|Anwar|أنور
Djimet|Jimet
Togoï|Togoi
Doungous|Dungus
Annadif|Annadif
Moubarak,Mbarak|Mubarak|مبارك
Saïd,Said|Said,Saeed|سعيد
Rachid,Rachide|Rashid,Rasheed|رشيد
Mansour|Mansur,Mansour|منصور
Abbas,Abass|Abbas|عباس
Djamal|Jamal|جمال
Ramadane,Ramadan|Ramadan,Ramadhan|رمضان
Daoud,Daouda|Dawud,Daoud|داود
Abdelkader,Abdel Kader|Abdulqadir,Abdelgadir|عبدالقادر
Nasser,Nassour|Nasir,Nasser|ناصر
Chérif,Cherif|Sharif,Shareef|شريف
Mahadi,Mahdi|Mahdi,Elmahdi|المهدي
Alamine,Al-Amine|Al-Amin,Elamin|الأمين
Djaber,Djabir|Jabir,Jaber|جابر
Tidjani,Tidjane|Tijani|التجاني
Abdelhamid,Abdel Hamid|Abdulhamid,Abdelhamid|عبدالحميد
Bichara,Béchara|Bishara,Bushara|بشارة
Moukhtar,Mahktar|Mukhtar,Mokhtar|مختار
Hassaballah,Hasballah|Hasaballa,Hassaballah|حسب الله
Abdelmadjid,Abdel Madjid|Abdulmajid,Abdelmajid|عبدالمجيد
Charfadine,Charafadine|Sharafeldin,Sharaf al-Din|شرف الدين
Nouradine,Nourredine|Nureldin,Nur al-Din|نور الدين
Faïçal,Fayçal|Faisal,Faysal|فيصل
Gamar,Kamar|Gamar,Qamar|قمر
Yassir,Yasser|Yasir,Yasser|ياسر
Taha|Taha|طه
Kabir,Kébir|Kabir,Kebir|كبير
Abdelsalam,Abdessalam|Abdulsalam,Abdelsalam|عبدالسلام
Abdelrazik,Abderazik|Abdelrazig,Abdulrazig|عبدالرازق
Abdelnasser,Abdel Nasser|Abdulnasir,Abdelnasir|عبدالناصر
Hamza,Hamzat|Hamza|حمزة
Abdelhakim|Abdulhakim,Abdelhakim|عبدالحكيم
Salim,Sélim|Salim,Saleem|سليم
Mourad|Murad|مراد
Fadoul,Fadl|Fadul,Fadl|فضل
Adef,Adif|Adif|عاطف
Hamdi|Hamdi|حمدي
Abdoulmoumine,Abdelmoumine|Abdulmumin,Abdelmoneim|عبدالمؤمن
Timan|Timan
Erdimi|Erdimi
Bourma|Burma
Wardougou|Wardugu
Sougui|Sugui
`);

/** Girls and women. */
export const SAHEL_ARABIC_FEMALE = parse(`
Fatimé,Fatime,Fatimè|Fatima,Fatuma|فاطمة
Khadidja,Khadija,Hadidja|Khadija,Kadija|خديجة
Achta,Aché,Aïcha|Aisha,Aysha|عائشة
Mariam,Myriam|Maryam,Mariam|مريم
Hawa,Haoua|Hawa,Hawwa|حواء
Zenaba,Zénaba|Zainab,Zeinab|زينب
Halimé,Halime|Halima|حليمة
Amina,Aminé|Amina,Ameena|آمنة
Kaltouma,Kaltoumé|Kaltum,Kalthoum|كلثوم
Hadjé,Hadje|Hajja|حاجة
Zara,Zahra|Zahra|زهرة
Rakia,Rakiya|Ruqayya,Rokaya|رقية
Saadia,Sadia|Saadiya|سعدية
Nafissa|Nafisa|نفيسة
Souad|Suad|سعاد
Khamissa|Khamisa|خميسة
Mouna|Muna|منى
Habiba|Habiba|حبيبة
Djamila|Jamila|جميلة
Asma|Asma|أسماء
Rahma|Rahma|رحمة
Mahadjir|Mahajir
Remadji|Remaji
Toma|Toma
Safia,Safiya|Safiya,Safia|صفية
Maïmouna,Maimouna|Maimuna,Maymuna|ميمونة
Sakiné,Sakina|Sakina|سكينة
Zamzam|Zamzam|زمزم
Salma|Salma|سلمى
Aziza|Aziza|عزيزة
Nadia|Nadia,Nadiya|نادية
Samira|Samira,Sameera|سميرة
Houda|Huda|هدى
Assia,Asia|Asia,Asiya|آسيا
Hanane|Hanan|حنان
Intissar|Intisar|انتصار
Nasra|Nasra|نصرة
Makka|Makka,Mecca|مكة
Oumsalama,Oum Salma|Umsalama,Um Salama|أم سلمة
Ikram|Ikram|إكرام
Hadiza|Hadiza
Achwak|Ashwag,Ashwaq|أشواق
Ramla|Ramla|رملة
Atimé,Atim|Atim
Moussia|Musiya
`);
