/**
 * The Thai UI strings the browser scripts use (the search page, the tambon finder): kept apart so
 * that the scripts carry these and not every string of the site. th.ts includes them.
 */
export const thClient = {
  'searchPage.title': 'ค้นหากรณีศึกษา',
  'searchPage.intro':
    'พิมพ์ชื่อตำบล อำเภอ จังหวัด หรือเรื่องที่สนใจ พิมพ์ได้ทั้งมีและไม่มีเว้นวรรค ใช้ ต. อบต. ทต. ได้ ปี พ.ศ. หรือ ค.ศ. และตัวเลขไทยหรืออารบิก',
  'searchPage.noscript': 'การค้นหาต้องใช้ JavaScript ถ้าเบราว์เซอร์ของท่านปิดไว้ ยังเลือกอ่านกรณีศึกษาตามประเด็นหลัก ระบบงาน หรือพื้นที่ได้',
  'searchPage.filters': 'กรองผลการค้นหา',
  'searchPage.filter.area': 'ประเด็นหลัก',
  'searchPage.filter.system': 'ระบบงาน',
  'searchPage.filter.province': 'จังหวัด',
  'searchPage.filter.type': 'ประเภท อปท.',
  'searchPage.filter.evidence': 'ระดับหลักฐาน',
  'searchPage.sort': 'เรียงผล',
  'searchPage.sort.relevance': 'ตรงที่สุด',
  'searchPage.sort.newest': 'ปีใหม่ไปเก่า',
  'searchPage.sort.oldest': 'ปีเก่าไปใหม่',
  'searchPage.results': 'ผลการค้นหา',
  'searchPage.loading': 'กำลังค้นหา…',
  'searchPage.prompt': 'พิมพ์คำค้นหรือเลือกตัวกรองเพื่อเริ่มค้นหา',
  'searchPage.count': 'พบ {count} กรณีศึกษา',
  'searchPage.countFor': 'พบ {count} กรณีศึกษาสำหรับ “{query}”',
  'searchPage.looser': 'ไม่พบวลี “{query}” ทั้งวลี จึงแสดงหน้าที่มีคำเหล่านี้ครบทุกคำ',
  'searchPage.none': 'ไม่พบกรณีศึกษาที่ตรงกับ “{query}”',
  'searchPage.noneFiltered': 'ไม่พบกรณีศึกษาที่ตรงกับตัวกรองที่เลือก',
  'searchPage.activeFilters': 'ตัวกรองที่เลือกอยู่',
  'searchPage.clearFilters': 'ล้างตัวกรองทั้งหมด',
  'searchPage.tryBrowse': 'ลองสะกดแบบอื่น ใช้คำที่สั้นลง หรือเลือกอ่านตามประเด็นหลัก',
  'searchPage.more': 'แสดงเพิ่ม',
  'searchPage.error': 'ระบบค้นหาโหลดไม่สำเร็จ ลองโหลดหน้านี้ใหม่ หรือเลือกอ่านตามประเด็นหลัก',
  'places.finderHeading': 'ค้นหาตำบล',
  'places.finderLabel': 'พิมพ์ชื่อตำบล (มีหรือไม่มี ต. / ตำบล ก็ได้)',
  'places.finderSubmit': 'ค้นหา',
  'places.finderLoading': 'กำลังโหลดรายชื่อตำบล…',
  'places.finderCount': 'พบ {count} ตำบลที่ชื่อตรงกัน',
  'places.finderMore': 'แสดง {shown} จาก {count} ตำบล พิมพ์ชื่อให้ยาวขึ้นเพื่อให้ผลแคบลง',
  'places.finderNone': 'ไม่พบตำบลชื่อนี้ ลองสะกดใหม่',
  'places.finderHasCases': 'มีกรณีศึกษา',
  'places.finderNoCase': 'ยังไม่มีกรณีศึกษาจากตำบล{name}',
  'places.finderNearby': 'กรณีศึกษาใกล้เคียง',
  'places.finderNoNearby': 'ยังไม่มีกรณีศึกษาในอำเภอและจังหวัดนี้',
} as const satisfies Record<string, string>;

export type ClientUiKey = keyof typeof thClient;
