#include "demo/DemoGenerator.h"

#include "catalog/Pinyin.h"
#include "catalog/ProductTermsIndex.h"
#include "common/Clock.h"
#include "common/Uuid.h"
#include "members/MemberSearchIndex.h"
#include "money/Allocation.h"
#include "money/Money.h"
#include "demo/SaleDayRange.h"
#include "sales/LineShares.h"
#include "sales/ProductMonthRollup.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <memory>
#include <vector>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct DemoGenTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Demo)
};

namespace {

// xoshiro256** seeded through splitmix64: small, fast, and the same sequence everywhere (the
// standard library's distributions differ between implementations).
class Rng {
public:
    explicit Rng(quint64 seed)
    {
        for (quint64& s : m_s) {
            seed += 0x9E3779B97F4A7C15ull;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            s = z ^ (z >> 31);
        }
    }
    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    // Uniform in [0, n): the modulo bias is below n / 2^64, far under anything measurable here.
    qint64 below(qint64 n) { return n <= 1 ? 0 : qint64(next() % quint64(n)); }
    qint64 between(qint64 lo, qint64 hi) { return lo + below(hi - lo + 1); }
    bool percent(int p) { return below(100) < p; }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<quint64, 4> m_s{};
};

// Draws an index from integer weights (cumulative table and binary search).
class Weighted {
public:
    explicit Weighted(const std::vector<qint64>& weights)
    {
        qint64 sum = 0;
        for (qint64 w : weights)
            m_cum.push_back(sum += w);
    }
    int draw(Rng& rng) const
    {
        const qint64 x = rng.below(m_cum.back());
        return int(std::upper_bound(m_cum.begin(), m_cum.end(), x) - m_cum.begin());
    }

private:
    std::vector<qint64> m_cum;
};

// Zipf-like popularity with exponent 1 (weight of rank r is K / (r + 1), all integer), mapped
// through a shuffled permutation so popular items are spread over the id range.
class Popularity {
public:
    Popularity(qint64 n, Rng& rng)
    {
        std::vector<qint64> w(static_cast<size_t>(n));
        for (qint64 r = 0; r < n; ++r)
            w[size_t(r)] = 1'000'000'000'000 / (r + 1) + 1;
        m_table = std::make_unique<Weighted>(w);
        m_perm.resize(size_t(n));
        for (qint64 i = 0; i < n; ++i)
            m_perm[size_t(i)] = i;
        for (qint64 i = n - 1; i > 0; --i)
            std::swap(m_perm[size_t(i)], m_perm[size_t(rng.below(i + 1))]);
    }
    qint64 draw(Rng& rng) const { return m_perm[size_t(m_table->draw(rng))]; }

private:
    std::unique_ptr<Weighted> m_table;
    std::vector<qint64> m_perm;
};

// A v7 UUID from the generator's own randomness, so the data set is reproducible to the byte.
QByteArray uuidBytes(qint64 unixMs, Rng& rng)
{
    QByteArray b(16, Qt::Uninitialized);
    for (int i = 0; i < 6; ++i)
        b[i] = char((unixMs >> (40 - 8 * i)) & 0xFF);
    const quint64 r1 = rng.next(), r2 = rng.next();
    for (int i = 6; i < 16; ++i)
        b[i] = char(((i < 14 ? r1 >> (8 * (i - 6)) : r2 >> (8 * (i - 14)))) & 0xFF);
    b[6] = char((b[6] & 0x0F) | 0x70);
    b[8] = char((b[8] & 0x3F) | 0x80);
    return b;
}

struct Leaf {
    const char* path;   // three levels
    std::vector<const char*> nouns;
    std::vector<const char*> sizes;
    qint64 priceLow, priceHigh;  // minor units
    bool weighed;
    int taxBp;
};

const std::vector<Leaf>& leaves()
{
    static const std::vector<Leaf> l = {
        {"食品/方便食品/方便面", {"牛肉面", "拉面", "炒面", "米粉", "粉丝"}, {"105g", "5连包", "桶装"}, 250, 2500, false, 900},
        {"食品/方便食品/速食粥", {"八宝粥", "燕麦片", "黑米粥"}, {"360g", "12罐"}, 400, 6000, false, 900},
        {"食品/休闲零食/薯片", {"薯片", "虾条", "玉米片"}, {"70g", "135g"}, 450, 1500, false, 1300},
        {"食品/休闲零食/饼干", {"夹心饼干", "苏打饼干", "威化", "曲奇"}, {"100g", "300g", "礼盒"}, 300, 5800, false, 1300},
        {"食品/休闲零食/坚果", {"瓜子", "开心果", "碧根果", "核桃", "每日坚果"}, {"160g", "500g"}, 900, 12800, false, 900},
        {"食品/糖果巧克力/巧克力", {"巧克力", "牛奶巧克力", "黑巧克力"}, {"43g", "252g"}, 500, 9900, false, 1300},
        {"饮料/碳酸饮料/可乐", {"可乐", "雪碧", "汽水"}, {"330ml", "500ml", "2L"}, 250, 900, false, 1300},
        {"饮料/饮用水/矿泉水", {"矿泉水", "纯净水", "苏打水"}, {"550ml", "1.5L", "5L"}, 150, 1500, false, 1300},
        {"饮料/茶饮/冰红茶", {"冰红茶", "绿茶", "乌龙茶", "柠檬茶"}, {"500ml", "1L"}, 300, 800, false, 1300},
        {"饮料/果汁/橙汁", {"橙汁", "苹果汁", "椰汁"}, {"450ml", "1L"}, 350, 1600, false, 1300},
        {"乳品/牛奶/纯牛奶", {"纯牛奶", "高钙奶", "低脂奶"}, {"250ml", "1L", "12盒"}, 300, 7500, false, 900},
        {"乳品/酸奶/风味酸奶", {"酸奶", "发酵乳", "乳酸菌"}, {"200g", "4连杯"}, 400, 2500, false, 900},
        {"粮油/调味品/酱油", {"生抽", "老抽", "蚝油", "米醋", "料酒"}, {"500ml", "1.9L"}, 500, 3500, false, 900},
        {"粮油/食用油/花生油", {"花生油", "调和油", "菜籽油"}, {"900ml", "5L"}, 1500, 16800, false, 900},
        {"粮油/米面/大米", {"东北大米", "香米", "面粉", "挂面"}, {"1kg", "5kg"}, 500, 9900, false, 900},
        {"酒类/啤酒/罐装啤酒", {"啤酒", "纯生", "黑啤"}, {"330ml", "500ml", "24罐"}, 350, 12000, false, 1300},
        {"酒类/白酒/浓香型", {"白酒", "二锅头", "高粱酒"}, {"500ml", "礼盒"}, 1500, 99900, false, 1300},
        {"日化/洗护/洗发水", {"洗发水", "护发素", "沐浴露"}, {"400ml", "750ml"}, 1500, 8900, false, 1300},
        {"日化/口腔护理/牙膏", {"牙膏", "牙刷", "漱口水"}, {"120g", "3支装"}, 500, 4500, false, 1300},
        {"日化/纸品/抽纸", {"抽纸", "卷纸", "湿巾"}, {"3包", "10卷", "80片"}, 500, 6500, false, 1300},
        {"日化/家清/洗衣液", {"洗衣液", "洗洁精", "洗衣粉"}, {"1kg", "3kg"}, 900, 8900, false, 1300},
        {"冷冻/速冻/水饺", {"水饺", "汤圆", "馄饨", "包子"}, {"500g", "1kg"}, 1200, 4500, false, 900},
        {"生鲜/水果/苹果", {"苹果", "香蕉", "橙子", "葡萄", "梨"}, {"散装"}, 600, 3000, true, 900},
        {"生鲜/蔬菜/叶菜", {"青菜", "菠菜", "生菜", "西兰花", "土豆"}, {"散装"}, 200, 1500, true, 900},
        {"生鲜/肉禽/猪肉", {"五花肉", "排骨", "里脊", "鸡翅"}, {"散装"}, 1800, 6800, true, 900},
    };
    return l;
}

const std::vector<const char*> kBrands = {"康师傅", "统一", "农夫山泉", "伊利", "蒙牛", "旺旺", "达利园", "海天", "金龙鱼",
                                           "三只松鼠", "良品铺子", "娃哈哈", "可口可乐", "百事", "雀巢", "奥利奥", "德芙",
                                           "乐事", "青岛", "雪花", "光明", "洽洽", "双汇", "思念", "维达", "清风", "心相印",
                                           "高露洁", "佳洁士", "舒肤佳", "立白", "蓝月亮", "李锦记", "太太乐", "鲁花", "福临门",
                                           "好丽友", "徐福记", "今麦郎", "白象", "元气森林", "东鹏", "王老吉", "加多宝"};
const std::vector<const char*> kFlavours = {"", "", "红烧", "香辣", "原味", "番茄", "酸菜", "麻辣", "草莓", "巧克力",
                                             "柠檬", "海盐", "蜂蜜", "黑椒", "清香", "无糖", "经典", "特浓", "鲜", "老坛"};
const std::vector<const char*> kSurnames = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马",
                                             "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许",
                                             "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋",
                                             "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢"};
const std::vector<const char*> kGiven = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
                                          "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "华", "建国",
                                          "玉兰", "文", "辉", "鑫", "婷", "宇", "浩", "欣怡", "子涵", "梓萱", "一诺",
                                          "晨", "佳", "雪", "红", "海燕", "志强", "小红", "长江", "春梅", "国庆"};
const std::vector<const char*> kCashiers = {"li", "wang", "zhao"};
// Tender codes as the checkout writes them (tenderCode()), and their share of single-tender sales.
const std::vector<const char*> kTenders = {"wechat", "alipay", "cash", "card"};
const std::vector<qint64> kTenderWeights = {45, 30, 15, 10};
// Shoppers by hour of day (7:00–22:59): a morning bump, lunch, and the evening peak.
const std::vector<qint64> kHourWeights = {3, 6, 7, 8, 9, 10, 8, 7, 7, 8, 11, 14, 13, 10, 6, 3};
constexpr int kFirstHour = 7;
// Relative sales by weekday, Monday first: weekends are busier.
const std::array<qint64, 7> kWeekdayWeights = {90, 88, 92, 95, 110, 135, 130};
// Lines per basket, 1 to 16: small baskets dominate; the mean is about four.
const std::vector<qint64> kBasketWeights = {22, 18, 14, 11, 9, 7, 5, 4, 3, 2, 2, 1, 1, 1, 1, 1};

QString ean13(Rng& rng)
{
    QString digits = QStringLiteral("69") + QChar(u'0' + char16_t(rng.below(10)));
    for (int i = 0; i < 9; ++i)
        digits += QChar(u'0' + char16_t(rng.below(10)));
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (digits[i].unicode() - u'0') * (i % 2 ? 3 : 1);
    return digits + QChar(u'0' + char16_t((10 - sum % 10) % 10));
}

QString mobile(Rng& rng)
{
    QString m = QStringLiteral("1") + QChar(u'3' + char16_t(rng.below(7)));
    for (int i = 0; i < 9; ++i)
        m += QChar(u'0' + char16_t(rng.below(10)));
    return m;
}

struct GenProduct {
    qint64 id;
    QString sku, name, unit;
    qint64 categoryId, price, memberPrice, cost;  // memberPrice 0: none
    int taxBp;
    bool weighed;
};

struct Line {
    const GenProduct* p;
    qint64 qty, unitPrice, list, promo, net, cost;
    QString promotion;
};

// Summary rows of one business day, written when the day is done.
struct DaySums {
    qint64 sales = 0, list = 0, net = 0, cost = 0, items = 0, memberSales = 0;
    std::array<std::pair<qint64, qint64>, 24> hours{};
    QHash<qint64, std::array<qint64, 3>> categories;  // qty, net, cost
    QHash<QString, std::pair<qint64, qint64>> cashiers, tenders;
    QHash<qint64, std::pair<qint64, qint64>> memberDays;  // visits, spend
};

} // namespace

QJsonObject DemoReport::toJson() const
{
    return {{QStringLiteral("categories"), categories}, {QStringLiteral("products"), products},
            {QStringLiteral("members"), members}, {QStringLiteral("sales"), sales},
            {QStringLiteral("sale_lines"), saleLines}, {QStringLiteral("payments"), payments},
            {QStringLiteral("products_ms"), productsMs}, {QStringLiteral("members_ms"), membersMs},
            {QStringLiteral("sales_ms"), salesMs}, {QStringLiteral("verify_ms"), verifyMs},
            {QStringLiteral("days_verified"), daysVerified}, {QStringLiteral("members_verified"), membersVerified},
            {QStringLiteral("integrity"), integrity}};
}

void DemoGenerator::say(const QString& text) const
{
    if (m_progress)
        m_progress(text);
}

Result<DemoReport> DemoGenerator::generate(const DemoPlan& plan)
{
    if (plan.products < 1 || plan.members < 0 || plan.saleLines < 0 || plan.days < 1 || !plan.lastDay.isValid())
        return makeError(ErrorCode::InvalidInput, DemoGenTr::tr("Demo sizes must be positive (at least one product and one day)."));
    if (plan.baseTierCode.isEmpty() || plan.storeCode.isEmpty())
        return makeError(ErrorCode::InvalidInput, DemoGenTr::tr("The demo generator needs the store code and the base tier."));
    return guarded([&]() -> Result<DemoReport> {
        if (m_db.queryInt64("SELECT count(*) FROM sales").value_or(0) > 0
            || m_db.queryInt64("SELECT count(*) FROM products").value_or(0) > 0)
            return makeError(ErrorCode::Refused, DemoGenTr::tr("This store already has products or sales; demo data goes only into a new store."));
        DemoReport report;
        Rng rng(plan.seed);
        // Bulk load: a crash mid-way leaves a half-filled demo store to delete, never a shop's
        // data, so the fsyncs are skipped until the end; the settings are restored on any exit.
        m_db.exec("PRAGMA synchronous = OFF; PRAGMA cache_size = -65536;");
        struct Restore {
            Database& db;
            ~Restore()
            {
                try {
                    db.exec("PRAGMA synchronous = FULL; PRAGMA cache_size = -2000;");
                } catch (const StoreException&) {
                }
            }
        } restore{m_db};
        const QDate firstDay = plan.lastDay.addDays(-(plan.days - 1));
        const qint64 startMs = QDateTime(firstDay, QTime(0, 0)).toMSecsSinceEpoch();
        const QString nowIso = isoWithOffset(QDateTime(firstDay, QTime(0, 0)));

        // Categories and products.
        QElapsedTimer timer;
        timer.start();
        std::vector<GenProduct> products;
        products.reserve(size_t(plan.products));
        {
            Transaction tx(m_db);
            QHash<QString, qint64> categoryIds;
            std::vector<qint64> leafIds;
            Statement cat = m_db.prepare("INSERT INTO categories(uuid, parent_id, name, path, sort) VALUES (?, ?, ?, ?, ?)");
            for (const Leaf& leaf : leaves()) {
                qint64 parent = 0;
                QString path;
                for (const QString& part : QString::fromUtf8(leaf.path).split(u'/')) {
                    path = path.isEmpty() ? part : path + u'/' + part;
                    if (!categoryIds.contains(path)) {
                        cat.reset();
                        cat.bindAll(uuidBytes(startMs, rng), parent ? std::optional<qint64>(parent) : std::nullopt, part, path,
                                    qint64(categoryIds.size()));
                        cat.run();
                        categoryIds.insert(path, m_db.lastInsertRowId());
                    }
                    parent = categoryIds.value(path);
                }
                leafIds.push_back(parent);
            }
            report.categories = categoryIds.size();
            tx.commit();

            // Fresh produce is a small share of products but sold often (Zipf takes care of that).
            std::vector<qint64> leafWeights;
            for (const Leaf& leaf : leaves())
                leafWeights.push_back(leaf.weighed ? 1 : 5);
            const Weighted leafPick(leafWeights);
            QSet<QString> barcodes;
            qint64 plu = 1000;
            for (qint64 start = 0; start < plan.products; start += 10000) {
                Transaction batch(m_db);
                Statement prod = m_db.cached(
                    "INSERT INTO products(uuid, sku, plu, name, initials, category_id, unit, price_minor, member_price_minor,"
                    " cost_minor, tax_bp, weighed, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                Statement code = m_db.cached("INSERT INTO product_barcodes(code, product_id) VALUES (?, ?)");
                ProductTermsIndex terms(m_db);
                for (qint64 i = start; i < std::min(plan.products, start + 10000); ++i) {
                    const int li = leafPick.draw(rng);
                    const Leaf& leaf = leaves()[size_t(li)];
                    GenProduct p;
                    p.sku = QStringLiteral("D%1").arg(i + 1, 7, 10, QChar(u'0'));
                    p.name = QString::fromUtf8(kBrands[size_t(rng.below(qint64(kBrands.size())))])
                        + QString::fromUtf8(kFlavours[size_t(rng.below(qint64(kFlavours.size())))])
                        + QString::fromUtf8(leaf.nouns[size_t(rng.below(qint64(leaf.nouns.size())))]);
                    const QString size = QString::fromUtf8(leaf.sizes[size_t(rng.below(qint64(leaf.sizes.size())))]);
                    if (!leaf.weighed)
                        p.name += u' ' + size;
                    p.unit = leaf.weighed ? QStringLiteral("kg") : DemoGenTr::tr("pc");
                    p.categoryId = leafIds[size_t(li)];
                    // Prices end in 0 or 9 fen steps the way shelf prices do.
                    p.price = std::max<qint64>((rng.between(leaf.priceLow, leaf.priceHigh) / 10) * 10 - (rng.percent(60) ? 1 : 0), 9);
                    p.memberPrice = rng.percent(20) ? p.price * 95 / 100 : 0;
                    p.cost = p.price * rng.between(55, 85) / 100;
                    p.taxBp = leaf.taxBp;
                    p.weighed = leaf.weighed;
                    const QStringList initials = pinyinInitials(p.name);
                    prod.reset();
                    prod.bindAll(uuidBytes(startMs, rng), p.sku,
                                 leaf.weighed ? QString::number(++plu) : QString(), p.name,
                                 initials.isEmpty() ? QString() : initials.first(), p.categoryId, p.unit, p.price,
                                 p.memberPrice ? std::optional<qint64>(p.memberPrice) : std::nullopt, p.cost, qint64(p.taxBp),
                                 p.weighed, nowIso);
                    if (initials.isEmpty())
                        prod.bind(5, QStringLiteral(""));
                    prod.run();
                    p.id = m_db.lastInsertRowId();
                    if (!leaf.weighed) {
                        QString c;
                        do
                            c = ean13(rng);
                        while (barcodes.contains(c));
                        barcodes.insert(c);
                        code.reset();
                        code.bindAll(c, p.id);
                        code.run();
                    }
                    terms.write(p.id, p.name, p.sku, QString());
                    products.push_back(std::move(p));
                }
                batch.commit();
                say(DemoGenTr::tr("Products: %1 of %2").arg(std::min(plan.products, start + 10000)).arg(plan.products));
            }
        }
        report.products = plan.products;
        report.productsMs = timer.restart();

        // Members: joined before the first sale day; a few hold stored value.
        std::vector<qint64> memberIds;
        memberIds.reserve(size_t(plan.members));
        {
            QSet<QString> mobiles;
            mobiles.reserve(plan.members);
            for (qint64 start = 0; start < plan.members; start += 20000) {
                Transaction batch(m_db);
                Statement mem = m_db.cached(
                    "INSERT INTO members(uuid, name, mobile, mobile_last4, gender, birthday, birth_mmdd, joined_ms, home_store,"
                    " tier_code, tier_since_ms, hlc, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?)");
                Statement card = m_db.cached("UPDATE members SET card_no = ? WHERE id = ?");
                Statement gram = m_db.cached("INSERT OR IGNORE INTO member_name_grams(gram, member_id) VALUES (?, ?)");
                Statement ini = m_db.cached("INSERT OR IGNORE INTO member_initials(initials, member_id) VALUES (?, ?)");
                Statement wallet = m_db.cached(
                    "INSERT INTO wallet_entries(uuid, member_id, kind, principal_minor, bonus_minor, cash_minor, tender_code,"
                    " user_name, created_ms) VALUES (?, ?, 'topup', ?, ?, ?, 'cash', 'li', ?)");
                Statement balance = m_db.cached(
                    "UPDATE members SET wallet_principal_minor = ?, wallet_bonus_minor = ? WHERE id = ?");
                for (qint64 i = start; i < std::min(plan.members, start + 20000); ++i) {
                    const QString name = QString::fromUtf8(kSurnames[size_t(rng.below(qint64(kSurnames.size())))])
                        + QString::fromUtf8(kGiven[size_t(rng.below(qint64(kGiven.size())))]);
                    QString m;
                    do
                        m = mobile(rng);
                    while (mobiles.contains(m));
                    mobiles.insert(m);
                    const qint64 joinedMs = startMs - rng.between(1, 730) * 86'400'000 + rng.below(86'400'000);
                    const QDate birthday = QDate(1950, 1, 1).addDays(rng.below(365 * 55));
                    const bool hasBirthday = rng.percent(60);
                    mem.reset();
                    mem.bindAll(uuidBytes(joinedMs, rng), name, m, m.right(4),
                                QString::fromLatin1(rng.percent(60) ? "f" : (rng.percent(50) ? "m" : "")),
                                hasBirthday ? birthday.toString(Qt::ISODate) : QString(),
                                hasBirthday ? std::optional<qint64>(birthday.month() * 100 + birthday.day()) : std::nullopt,
                                joinedMs, plan.storeCode, plan.baseTierCode, joinedMs, joinedMs);
                    mem.run();
                    const qint64 id = m_db.lastInsertRowId();
                    memberIds.push_back(id);
                    // The card number MemberService gives a member registered without one.
                    card.reset();
                    card.bindAll(QStringLiteral("%1%2").arg(plan.storeCode).arg(id, 8, 10, QChar(u'0')), id);
                    card.run();
                    for (const QString& g : MemberSearchIndex::grams(name)) {
                        gram.reset();
                        gram.bindAll(g, id);
                        gram.run();
                    }
                    for (const QString& v : pinyinInitials(name)) {
                        ini.reset();
                        ini.bindAll(v.toLower().remove(u' '), id);
                        ini.run();
                    }
                    if (rng.percent(5)) {
                        const qint64 principal = rng.between(1, 20) * 5000;
                        const qint64 bonus = principal / 10;
                        wallet.reset();
                        wallet.bindAll(uuidBytes(joinedMs, rng), id, principal, bonus, principal, joinedMs);
                        wallet.run();
                        balance.reset();
                        balance.bindAll(principal, bonus, id);
                        balance.run();
                    }
                }
                batch.commit();
                say(DemoGenTr::tr("Members: %1 of %2").arg(std::min(plan.members, start + 20000)).arg(plan.members));
            }
        }
        report.members = plan.members;
        report.membersMs = timer.restart();

        // Sales, one transaction per business day.
        std::vector<qint64> dayWeights;
        for (int d = 0; d < plan.days; ++d) {
            const QDate day = firstDay.addDays(d);
            // A slow growth over the period on top of the weekday shape.
            dayWeights.push_back(kWeekdayWeights[size_t(day.dayOfWeek() - 1)] * (1000 + 300 * d / plan.days));
        }
        const QList<qint64> dayLines = allocateLargestRemainder(plan.saleLines, QList<qint64>(dayWeights.begin(), dayWeights.end()));
        const Popularity productPop(plan.products, rng);
        std::unique_ptr<Popularity> memberPop = plan.members ? std::make_unique<Popularity>(plan.members, rng) : nullptr;
        const Weighted hourPick(kHourWeights), basketPick(kBasketWeights), tenderPick(kTenderWeights);
        std::vector<qint64> visits(size_t(plan.members), 0), spend(size_t(plan.members), 0), lastVisit(size_t(plan.members), 0);
        QHash<qint64, std::pair<qint64, qint64>> productMonth;
        QString month;
        qint64 seq = 0;
        auto flushMonth = [&] {
            Statement ins = m_db.cached("INSERT INTO sum_product_month(month, product_id, qty_milli, net_minor) VALUES (?, ?, ?, ?)");
            for (auto it = productMonth.cbegin(); it != productMonth.cend(); ++it) {
                ins.reset();
                ins.bindAll(month, it.key(), it.value().first, it.value().second);
                ins.run();
            }
            productMonth.clear();
        };
        for (int d = 0; d < plan.days; ++d) {
            const QDate day = firstDay.addDays(d);
            const QString dayText = day.toString(Qt::ISODate);
            Transaction tx(m_db);
            if (day.toString(QStringLiteral("yyyy-MM")) != month) {
                if (!month.isEmpty())
                    flushMonth();
                month = day.toString(QStringLiteral("yyyy-MM"));
            }
            // Baskets until the day's lines are used up, then their times in order.
            std::vector<int> baskets;
            for (qint64 left = dayLines[d]; left > 0;) {
                const int n = int(std::min<qint64>(left, basketPick.draw(rng) + 1));
                baskets.push_back(n);
                left -= n;
            }
            std::vector<int> seconds;
            for (size_t b = 0; b < baskets.size(); ++b)
                seconds.push_back((kFirstHour + hourPick.draw(rng)) * 3600 + int(rng.below(3600)));
            std::sort(seconds.begin(), seconds.end());

            DaySums sums;
            Statement sale = m_db.cached(
                "INSERT INTO sales(uuid, receipt_no, kind, business_day, created_at, cashier, member_id, subtotal_minor,"
                " discount_minor, rounding_minor, total_minor, change_minor, items_milli) VALUES (?, ?, 'sale', ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)");
            Statement line = m_db.cached(
                "INSERT INTO sale_lines(uuid, sale_id, line_no, product_id, sku, name, category_id, unit, qty_milli, unit_price_minor,"
                " list_minor, promo_discount_minor, line_discount_minor, order_discount_minor, rounding_minor, net_minor,"
                " unit_cost_minor, tax_bp, promotion, tender_shares) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?)");
            Statement pay = m_db.cached(
                "INSERT INTO sale_payments(uuid, sale_id, seq, tender, amount_minor, tendered_minor) VALUES (?, ?, ?, ?, ?, ?)");
            for (size_t b = 0; b < baskets.size(); ++b) {
                const QDateTime at(day, QTime(0, 0).addSecs(seconds[b]));
                const qint64 atMs = at.toMSecsSinceEpoch();
                const int cashier = int(rng.below(qint64(kCashiers.size())));
                const qint64 memberIdx = memberPop && rng.percent(35) ? memberPop->draw(rng) : -1;
                std::vector<Line> lines;
                qint64 list = 0, net = 0, items = 0;
                for (int n = 0; n < baskets[b]; ++n) {
                    const GenProduct& p = products[size_t(productPop.draw(rng))];
                    Line l{&p, 1000, p.price, 0, 0, 0, 0, {}};
                    if (p.weighed)
                        l.qty = rng.between(150, 2500);
                    else if (rng.percent(15))
                        l.qty = rng.percent(70) ? 2000 : 3000;
                    l.list = multiplyMilli(p.price, l.qty);
                    // The checkout's member price is a discount off the list amount.
                    if (memberIdx >= 0 && p.memberPrice) {
                        l.promo = l.list - multiplyMilli(p.memberPrice, l.qty);
                        if (l.promo > 0)
                            l.promotion = QStringLiteral("member_price");
                    }
                    l.net = l.list - l.promo;
                    l.cost = multiplyMilli(p.cost, l.qty);
                    list += l.list;
                    net += l.net;
                    items += l.qty;
                    lines.push_back(l);
                }
                // Tenders: one, or sometimes cash topping up a phone payment.
                std::vector<std::pair<QString, qint64>> tenders;
                qint64 change = 0, cashTendered = 0;
                if (net > 200 && rng.percent(6)) {
                    const qint64 cash = std::min(net - 1, rng.between(1, 5) * 1000);
                    tenders.push_back({QStringLiteral("wechat"), net - cash});
                    tenders.push_back({QStringLiteral("cash"), cash});
                    cashTendered = cash;
                } else {
                    const QString t = QString::fromLatin1(kTenders[size_t(tenderPick.draw(rng))]);
                    tenders.push_back({t, net});
                    if (t == u"cash") {
                        // Customers hand over the next round note.
                        static constexpr std::array<qint64, 5> notes = {1000, 2000, 5000, 10000, 20000};
                        cashTendered = net;
                        for (qint64 note : notes)
                            if (note >= net) {
                                cashTendered = rng.percent(50) ? note : net;
                                break;
                            }
                        change = cashTendered - net;
                    }
                }
                const QString receiptNo = QStringLiteral("R%1-%2-%3-%4").arg(plan.storeCode, plan.tillCode).arg(plan.receiptEpoch)
                                              .arg(++seq, 6, 10, QChar(u'0'));
                const qint64 memberId = memberIdx >= 0 ? memberIds[size_t(memberIdx)] : 0;
                sale.reset();
                sale.bindAll(uuidBytes(atMs, rng), receiptNo, dayText, isoWithOffset(at), QString::fromLatin1(kCashiers[size_t(cashier)]),
                             memberId ? std::optional<qint64>(memberId) : std::nullopt, list, list - net, net, change, items);
                sale.run();
                const qint64 saleId = m_db.lastInsertRowId();
                // Each line's share of each payment, as the checkout allocates it: every tender
                // but the last by largest remainder over what the lines still owe, the last takes
                // the rest.
                QList<qint64> owed;
                for (const Line& l : lines)
                    owed << l.net;
                std::vector<LineShares> shares(lines.size());
                for (size_t t = 0; t < tenders.size(); ++t) {
                    const QList<qint64> part = t + 1 == tenders.size() ? owed : allocateLargestRemainder(tenders[t].second, owed);
                    for (size_t n = 0; n < lines.size(); ++n) {
                        owed[qsizetype(n)] -= part[qsizetype(n)];
                        shares[n].add(int(t + 1), part[qsizetype(n)]);
                    }
                }
                for (size_t n = 0; n < lines.size(); ++n) {
                    const Line& l = lines[n];
                    line.reset();
                    line.bindAll(uuidBytes(atMs, rng), saleId, qint64(n + 1), l.p->id, l.p->sku, l.p->name, l.p->categoryId,
                                 l.p->unit, l.qty, l.unitPrice, l.list, l.promo, l.net, l.p->cost, qint64(l.p->taxBp),
                                 l.promotion.isEmpty() ? QString() : l.promotion, shares[n].encode());
                    line.run();
                    auto& c = sums.categories[l.p->categoryId];
                    c[0] += l.qty;
                    c[1] += l.net;
                    c[2] += l.cost;
                    auto& pm = productMonth[l.p->id];
                    pm.first += l.qty;
                    pm.second += l.net;
                    sums.cost += l.cost;
                }
                for (size_t t = 0; t < tenders.size(); ++t) {
                    const auto& [tender, amount] = tenders[t];
                    pay.reset();
                    pay.bindAll(uuidBytes(atMs, rng), saleId, qint64(t + 1), tender, amount,
                                tender == u"cash" ? cashTendered : amount);
                    pay.run();
                    auto& ts = sums.tenders[tender];
                    ts.first += 1;
                    ts.second += amount;
                    ++report.payments;
                }
                ++sums.sales;
                sums.list += list;
                sums.net += net;
                sums.items += items;
                sums.hours[size_t(seconds[b] / 3600)].first += 1;
                sums.hours[size_t(seconds[b] / 3600)].second += net;
                auto& cs = sums.cashiers[QString::fromLatin1(kCashiers[size_t(cashier)])];
                cs.first += 1;
                cs.second += net;
                if (memberId) {
                    ++sums.memberSales;
                    visits[size_t(memberIdx)] += 1;
                    spend[size_t(memberIdx)] += net;
                    lastVisit[size_t(memberIdx)] = atMs;
                    auto& md = sums.memberDays[memberId];
                    md.first += 1;
                    md.second += net;
                }
                ++report.sales;
                report.saleLines += qint64(lines.size());
            }
            // The day's summary rows (sum_daily), as recordInSummaries would have left them.
            if (sums.sales) {
                m_db.execute("INSERT INTO sum_daily(business_day, kind, key, n, list_minor, discount_minor, net_minor, cost_minor,"
                             " items_milli, member_sales) VALUES (?, 'd', '', ?, ?, ?, ?, ?, ?, ?)",
                             dayText, sums.sales, sums.list, sums.list - sums.net, sums.net, sums.cost, sums.items, sums.memberSales);
                for (int h = 0; h < 24; ++h)
                    if (sums.hours[size_t(h)].first)
                        m_db.execute("INSERT INTO sum_daily(business_day, kind, key, n, net_minor) VALUES (?, 'h', ?, ?, ?)", dayText,
                                     qint64(h), sums.hours[size_t(h)].first, sums.hours[size_t(h)].second);
                for (auto it = sums.categories.cbegin(); it != sums.categories.cend(); ++it)
                    m_db.execute("INSERT INTO sum_daily(business_day, kind, key, items_milli, net_minor, cost_minor) VALUES (?, 'c', ?, ?, ?, ?)",
                                 dayText, it.key(), it.value()[0], it.value()[1], it.value()[2]);
                for (auto it = sums.cashiers.cbegin(); it != sums.cashiers.cend(); ++it)
                    m_db.execute("INSERT INTO sum_daily(business_day, kind, key, n, net_minor) VALUES (?, 'k', ?, ?, ?)", dayText,
                                 it.key(), it.value().first, it.value().second);
                for (auto it = sums.tenders.cbegin(); it != sums.tenders.cend(); ++it)
                    m_db.execute("INSERT INTO sum_daily(business_day, kind, key, n, net_minor) VALUES (?, 't', ?, ?, ?)", dayText,
                                 it.key(), it.value().first, it.value().second);
                Statement md = m_db.cached("INSERT INTO member_activity_days(member_id, day, visits, spend_minor) VALUES (?, ?, ?, ?)");
                for (auto it = sums.memberDays.cbegin(); it != sums.memberDays.cend(); ++it) {
                    md.reset();
                    md.bindAll(it.key(), dayText, it.value().first, it.value().second);
                    md.run();
                }
            }
            if (d + 1 == plan.days)
                flushMonth();
            tx.commit();
            if (d % 10 == 9 || d + 1 == plan.days)
                say(DemoGenTr::tr("Sales: day %1 of %2, %3 lines").arg(d + 1).arg(plan.days).arg(report.saleLines));
        }
        {
            // The members' counters RFM and the tiers read, and the receipt sequence the next real
            // sale continues from.
            Transaction tx(m_db);
            Statement up = m_db.cached("UPDATE members SET visits = ?, spend_minor = ?, last_visit_ms = ? WHERE id = ?");
            for (size_t i = 0; i < visits.size(); ++i) {
                if (!visits[i])
                    continue;
                up.reset();
                up.bindAll(visits[i], spend[i], lastVisit[i], memberIds[i]);
                up.run();
            }
            m_db.execute("INSERT OR REPLACE INTO receipt_sequences(epoch, last_seq) VALUES (?, ?)", plan.receiptEpoch, seq);
            // sum_product_month was written whole above: nothing is left for the roll-up.
            ProductMonthRollup(m_db).markAllCounted();
            tx.commit();
        }
        report.salesMs = timer.restart();
        say(DemoGenTr::tr("Loaded %1 sales with %2 lines; verifying…").arg(report.sales).arg(report.saleLines));
        return report;
    });
}

Result<void> DemoGenerator::verify(const DemoPlan& plan, DemoReport& report)
{
    QElapsedTimer timer;
    timer.start();
    auto mismatch = [](const QString& what) {
        return makeError(ErrorCode::StoreDamaged, DemoGenTr::tr("Demo data check failed: %1").arg(what));
    };
    return guarded([&]() -> Result<void> {
        const std::pair<const char*, qint64> counts[] = {{"SELECT count(*) FROM products", plan.products},
                                                          {"SELECT count(*) FROM members", plan.members},
                                                          {"SELECT count(*) FROM sale_lines", plan.saleLines},
                                                          {"SELECT count(*) FROM sales", report.sales},
                                                          {"SELECT count(*) FROM sale_payments", report.payments}};
        for (const auto& [sql, expected] : counts)
            if (m_db.queryInt64(sql).value_or(-1) != expected)
                return mismatch(QString::fromLatin1(sql));

        // Sample days: the first, the last and a few between.
        Rng rng(plan.seed ^ 0x5EEDull);
        const QDate firstDay = plan.lastDay.addDays(-(plan.days - 1));
        QList<QDate> days{firstDay, plan.lastDay};
        for (int i = 0; i < 5 && plan.days > 2; ++i)
            days << firstDay.addDays(rng.below(plan.days));
        // Each summary against the day's sales, which are read as the day's id range
        // (?2, ?3): sales has no index on business_day.
        const char* checks[][2] = {
            {"SELECT sales, list_minor, discount_minor, net_minor, items_milli, member_sales FROM sum_day WHERE business_day = ?1",
             "SELECT count(*), sum(subtotal_minor), sum(discount_minor), sum(total_minor), sum(items_milli), count(member_id)"
             " FROM sales WHERE id >= ?2 AND id < ?3 AND business_day = ?1 GROUP BY business_day"},
            {"SELECT hour, sales, net_minor FROM sum_hour WHERE business_day = ?1 ORDER BY hour",
             "SELECT cast(substr(created_at, 12, 2) AS INTEGER) AS h, count(*), sum(total_minor) FROM sales"
             " WHERE id >= ?2 AND id < ?3 AND business_day = ?1 GROUP BY h ORDER BY h"},
            {"SELECT cashier, sales, net_minor FROM sum_cashier WHERE business_day = ?1 ORDER BY cashier",
             "SELECT cashier, count(*), sum(total_minor) FROM sales WHERE id >= ?2 AND id < ?3 AND business_day = ?1"
             " GROUP BY cashier ORDER BY cashier"},
            // A tender counts its sales and its refunds apart.
            {"SELECT tender, count, refunds, amount_minor FROM sum_tender WHERE business_day = ?1 ORDER BY tender",
             "SELECT p.tender, sum(s.kind = 'sale'), sum(s.kind = 'return'), sum(p.amount_minor) FROM sales s"
             " JOIN sale_payments p ON p.sale_id = s.id WHERE s.id >= ?2 AND s.id < ?3 AND s.business_day = ?1"
             " GROUP BY p.tender ORDER BY p.tender"},
            {"SELECT category_id, qty_milli, net_minor FROM sum_category WHERE business_day = ?1 ORDER BY category_id",
             "SELECT l.category_id, sum(l.qty_milli), sum(l.net_minor) FROM sales s JOIN sale_lines l ON l.sale_id = s.id"
             " WHERE s.id >= ?2 AND s.id < ?3 AND s.business_day = ?1 GROUP BY l.category_id ORDER BY l.category_id"},
        };
        auto rows = [&](const char* sql, const QString& day, const SaleIdRange* ids) {
            Statement s = m_db.prepare(sql);
            s.bind(1, day);
            if (ids)
                s.bind(2, ids->first).bind(3, ids->end);
            QStringList out;
            while (s.step()) {
                QStringList cols;
                for (int c = 0; c < s.columnCount(); ++c)
                    cols << s.text(c);
                out << cols.join(u'|');
            }
            return out;
        };
        for (const QDate& day : days) {
            const SaleIdRange ids = saleIdsOfDay(m_db, day);
            const QString dayText = day.toString(Qt::ISODate);
            for (const auto& check : checks)
                if (rows(check[0], dayText, nullptr) != rows(check[1], dayText, &ids))
                    return mismatch(QStringLiteral("%1 %2").arg(QString::fromLatin1(check[0]).section(u' ', 0, 5), dayText));
            ++report.daysVerified;
        }
        // The product-month table for the first month, against its lines.
        const QString month = firstDay.toString(QStringLiteral("yyyy-MM"));
        const QString monthEnd = QDate(firstDay.year(), firstDay.month(), 1).addMonths(1).toString(Qt::ISODate);
        const auto summed = m_db.queryInt64("SELECT sum(qty_milli) * 1000003 + sum(net_minor) FROM sum_product_month WHERE month = ?", month);
        // The month's first day and the next month's first day bound its sales' ids.
        const SaleIdRange monthIds{saleIdsOfDay(m_db, firstDay).first, saleIdsOfDay(m_db, QDate::fromString(monthEnd, Qt::ISODate)).first};
        const auto detail = m_db.queryInt64("SELECT sum(l.qty_milli) * 1000003 + sum(l.net_minor) FROM sales s JOIN sale_lines l"
                                            " ON l.sale_id = s.id WHERE s.id >= ? AND s.id < ? AND s.business_day >= ? AND s.business_day < ?",
                                            monthIds.first, monthIds.end, firstDay.toString(Qt::ISODate), monthEnd);
        if (summed != detail)
            return mismatch(QStringLiteral("sum_product_month %1").arg(month));
        // Member counters for sample members, against their sales.
        const qint64 members = plan.members;
        const qint64 maxId = m_db.queryInt64("SELECT max(id) FROM members").value_or(0);
        for (int i = 0; i < 200 && members > 0; ++i) {
            const qint64 id = m_db.queryInt64("SELECT min(id) FROM members WHERE id >= ?", rng.below(maxId) + 1).value_or(0);
            Statement m = m_db.prepare("SELECT visits, spend_minor, coalesce(last_visit_ms, 0) FROM members WHERE id = ?");
            m.bind(1, id);
            m.step();
            const qint64 v = m.int64(0), sp = m.int64(1);
            m = Statement();
            Statement s = m_db.prepare("SELECT count(*), coalesce(sum(total_minor), 0) FROM sales WHERE member_id = ?");
            s.bind(1, id);
            s.step();
            if (s.int64(0) != v || s.int64(1) != sp)
                return mismatch(QStringLiteral("member %1 visits/spend").arg(id));
            ++report.membersVerified;
        }
        report.integrity = plan.integrityCheck ? m_db.integrityCheck() : QStringLiteral("skipped");
        report.verifyMs = timer.elapsed();
        if (plan.integrityCheck && report.integrity != u"ok")
            return mismatch(report.integrity);
        return {};
    });
}

} // namespace patron
