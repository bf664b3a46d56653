// Given names common in Denmark (Danish, Nordic, and of immigrant origin). Pure data, space-separated for
// compactness; hyphenated double names ("Anne-Marie") are recognised from their parts.

const DANISH_FEMALE = `
Aase Agnes Agnete Aja Alberte Alba Alexandra Alfrida Alice Alma Amalie Amanda Amelia Andrea Angelina Anita Ann
Anna Annalise Anne Annelise Annette Anni Annie Antonia Asta Astrid Augusta Aya Bente Berit Bettina Birgit
Birgitte Birte Birthe Bodil Britt Britta Camilla Carla Caroline Cathrine Cecilie Charlotte Christa Christina
Christine Clara Connie Dagmar Dagny Ditte Dorit Dorte Dorthe Dorthea Ebba Edith Eja Ella Ellen Ellinor Elly
Elin Elisabeth Elise Ella Else Elsebeth Emilie Emily Emma Erna Esther Eva Evelyn Filippa Flora Frederikke
Freja Frida Gerda Gertrud Gitte Grethe Gudrun Hanna Hannah Hanne Harriet Hedvig Heidi Helen Helena Helene Helga
Helle Henriette Hilda Hilde Ida Inga Inge Ingeborg Inger Ingrid Irene Iris Irma Isabella Isabel Isabelle
Ivy Jane Janne Jeanette Jette Johanne Josefine Julie Juliane Julia Karen Karin Karina Karla Karoline Kamilla
Katrine Kathrine Kirsten Kirstine Kristina Kristine Laila Lea Leonora Liva Lykke Lærke Lena Lene Lillian
Lilly Lina Linda Line Lis Lisa Lisbet Lisbeth Lise Liselotte Lisette Lone Lotte Louise Lucia Luna Lykke
Magda Magdalene Maiken Maja Malene Malou Mariane Margit Margrethe Maria Mariann Marianne Marie Marlene Martha
Mathilde Mette Merete Meta Mia Mie Mille Mona Naja Nanna Nanny Nathalie Nicoline Nina Nora Olivia Oda Pernille
Pia Ragnhild Rebecca Rebekka Rigmor Rikke Rita Rosa Ruth Sandra Sanne Sara Sarah Signe Sigrid Silje Silke
Simone Sine Sofia Sofie Solveig Sonja Stine Susan Susanne Svea Tanja Thea Thilde Tilde Tina Tine Tove Trine
Ulla Ulrikke Vibeke Victoria Viktoria Vilma Vita Vivi Vivian Yvonne Asta Ellie Alberte Esther Agathe Clementine
Kaja Liv Nova Sofie Stella Thyra Aurora Hjørdis Jytte Kate Lilian Marina Mathilda Mina Minna Ninna Petrea Sif
Tenna Trille Vigga Vera Wilma Winnie Benedikte Gry Hella Jonna Karoline Lilje Lisa Merle Ninette Oline Alvilda
Laura Freya Selma Josephine Vilja Molly Ronja Lily Anja Anette Annemette Conni Dorrit Elna Gunhild Henny Hjørdis
Josefa Karna Kamma Lisbet Lissi Mette-Marie Nadja Pauline Sidsel Sigrun Stina Tinna Trine Ulrikka Yrsa Agathe
`;

const DANISH_MALE = `
Aage Adam Adrian Alexander Alf Alfred Allan Anders Andreas Anker Ansgar Anton Arne Arthur Asger Aske August
Axel Bastian Benjamin Benny Bent Bernhard Bertel Birger Bjarke Bjarne Bjørn Bo Brian Bruno Børge Carl Carsten
Casper Christian Christoffer Claus Dan Daniel David Dennis Ebbe Egon Einar Ejnar Elias Emil Erik Erling Esben
Eske Fabian Felix Ferdinand Finn Flemming Frank Frede Frederik Frode Georg Gert Gorm Gunnar Gustav Hakon
Hans Harald Harry Helge Henning Henrik Herbert Hjalte Holger Ib Ivan Ivar Jacob Jakob Jan Jannik Jens Jeppe
Jesper Jimmy Joachim Johan Johannes John Jon Jonas Jonathan Jonatan Jørgen Jørn Kaj Karl Kasper Keld Kenneth
Kenn Kent Kim Kjeld Klaus Knud Kristian Kristoffer Lars Lasse Laurits Lauritz Leif Leo Leon Leonard Lucas
Lukas Magnus Malthe Marc Marcus Mark Markus Martin Mathias Mads Magnus Max Michael Mikael Mikkel Milas Morten
Nicklas Niclas Niels Nikolaj Nicolai Noah Ole Oliver Oscar Oskar Otto Ove Palle Patrick Paul Peder Per Peter
Philip Poul Preben Rasmus Rene René Richard Robert Rolf Rune Sebastian Silas Simon Sigurd Steen Sten Stefan
Steffen Sune Svend Søren Theodor Thomas Thor Thorkild Tobias Tom Tommy Tonny Torben Troels Truls Tue Uffe Ulrik
Valdemar Vagn Verner Victor Viggo Viktor William Villads Villum Vincent Werner Willy Aksel Albert Alvin Ask
Benedikt Bertram Birk Carlo Eigil Erich Gunner Halfdan Hugo Ingvar Jeppe Jimmi Jørgen Kåre Lauge Luca Malte
Mogens Nils Njord Olav Olaf Orla Otto Regner Sixten Storm Sverre Tage Tonni Vilhelm Walther Aron Bent Erik
Kristen Laust Morten Niels Poul Rudolf Thorbjørn Torsten Ulf Vilfred Asbjørn Evald Folmer Hartvig Jesper
Theo Liam Walter Konrad Vigo Marius Kurt Ejvind Eyvind Jimmy Kristoffer Nicolaj Sylvester Tristan Valentin Vagn
Anker Bendt Ejler Ejvind Flemming Gunnar Helmer Iver Jens-Peter Kresten Lauritz Mogens Ove Poul-Erik Svenning
`;

const IMMIGRANT = `
Abdi Abdul Abdullah Abdulrahman Abdirahman Abdirizak Adnan Ahmad Ahmed Aisha Ali Alia Amal Amani Amin Amina
Amir Amira Anas Arash Asad Asma Ayaan Ayse Ayşe Aylin Bashir Batoul Bilal Burak Can Cem Deniz Dilan Ebru Elif
Emine Emre Esra Fadi Fahad Faisal Farah Farid Fatima Fatma Ferhat Fatemeh Hadi Hafsa Hamid Hamza Hana Hassan
Hatice Hawa Hiba Hussein Hüseyin Ibrahim Ilyas Iman Ismail Jamal Jamila Jasmin Karim Khadija Khalid Layla
Leila Mahmoud Malik Mariam Maryam Mehmet Merve Mohamad Mohamed Mohammad Mohammed Mona Murat Mustafa Nadia Nasir
Nasra Nour Noor Omar Osman Rania Rashid Reza Rukiye Sabrina Said Salma Sami Samir Sara Selin Serkan Sinan Sofie
Sultan Tarik Tariq Umar Walid Yasin Yasmin Yousef Youssef Yusuf Zahra Zainab Zeynep Zaid Zakaria Ömer Özlem
Abdallah Aziz Dalia Dunya Emel Gül Gülsen Habib Halima Hodan Idris Isra Kadir Leyla Lina Mahdi Maha Malak
Muhammad Munira Nabil Naima Nawal Rana Ruqiya Safiya Sahra Samira Sanaa Shirin Sumaya Yahya Yasmina Zeinab
Anh Hoa Linh Minh Nguyen Thanh Tuan Trang Huong Lan Mai Duc Quang Thi Van Phuong Hung Long Khanh
Agnieszka Andrzej Anna Bartosz Dorota Ewa Grzegorz Jakub Joanna Kamil Katarzyna Krzysztof Magdalena Marcin
Marek Mateusz Michał Monika Paweł Piotr Tomasz Wojciech Zofia Łukasz Aleksander Natalia Oksana Olena Olga
Dmitri Ivan Irina Tatiana Svetlana Sergei Vladimir Yulia Ana Andrei Bogdan Cristina Elena Florin Ionut Ioana
Mihai Raluca Vasile Dragan Goran Milan Nikola Senad Amra Edin Emir Jasmina Merima Mirza Sanela Emina Admir
Priya Rahul Raj Ravi Sanjay Anjali Deepak Arjun Aarav Ishaan Rohan Sunita Thanh Jiang Li Wei Ming Xiao Yan
Mohsen Mehdi Parisa Shahram Maryam Navid Roya Ahmet Ayla Berkay Eren Hakan Kemal Mert Orhan Tolga Volkan Yusra
Abdikarim Farhan Hamdi Mohamud Sahra Faduma Ifrah Nimo Ruun Luul Abdiaziz Khalil Rami Hadi Yara Lamis Rima
Marwa Nadine Dana Dina Tamara Eldin Rasmi Kamal Zaki Ayan Jamil Jibril Nasrin
Ayoub Yousuf Hamse Liban Ilhan Hibo Sagal Ikram Sabah Kawtar Nabila Soraya Shabnam Parwin Zahir Zakir Besart
Arben Arta Blerina Fitore Ilir Valon Veton Drita Xhevdet Shqipe Dragana Milica Stefan Jelena Ivana Marija
`;

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

export const FIRST_NAMES: readonly string[] = [
  ...new Set([...words(DANISH_FEMALE), ...words(DANISH_MALE), ...words(IMMIGRANT)]),
];

/**
 * First names that are also ordinary Danish words or sentence starters ("Hans" = his, "Bo" = to live,
 * "Per" = per, "Maj" = May, "Storm", "Lykke" = luck, "Liv" = life). They count as a name only with a surname,
 * a context word (Hr./Kære/...), or when the case or the document has already introduced that person.
 */
export const AMBIGUOUS_FIRST_NAMES: readonly string[] = words(`
Hans Bo Per Maj Storm Lykke Liv Ask Mark Sol Dan Tom Max Sten Ulf Alf Birk Lilje August Tage Van Thi Long Lan
Mai Duc Hung Li Wei Ming Yan Minh Anh Can Gül Thor Vita Sif Gry Tue Said Sultan Emir Rosa Iris Flora Luna Nova
Ellen Alma Vera Frank Kaj Ib Ove Finn Tonny Gorm Nora Hakon Harald Victoria Lucia Ruth Linda Olivia Jasmin Dana
Kent Eva Mona Lina Edith Ask Elin Helga Ditte Sara Felix Otto Bruno Hugo Albert Rita
`);
