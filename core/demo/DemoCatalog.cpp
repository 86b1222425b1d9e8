#include "demo/DemoCatalog.h"

#include "auth/AuditLog.h"
#include "auth/Permissions.h"
#include "auth/UserService.h"
#include "catalog/Barcode.h"
#include "catalog/Pinyin.h"
#include "catalog/ProductCatalog.h"
#include "members/MembersLoyalty.h"
#include "members/MembersModule.h"
#include "sales/PromotionService.h"
#include "sales/SalesContext.h"
#include "store/Database.h"
#include "sync/Outbox.h"

#include <QJsonDocument>

namespace patron {

namespace {

struct DemoProduct {
    const char* sku;
    const char* name;
    const char* category;
    const char* unit;
    qint64 priceMinor;
    qint64 memberPriceMinor;  // 0: none
    const char* plu;          // "": none
    bool weighed;
    bool barcode;             // packaged goods carry an EAN-13
};

// Prices in fen. Barcodes are made from the SKU number with a real GS1 check digit.
const DemoProduct kProducts[] = {
    {"1001", "可口可乐 330ml", "食品/饮料/碳酸饮料", "罐", 300, 280, "", false, true},
    {"1002", "百事可乐 330ml", "食品/饮料/碳酸饮料", "罐", 300, 0, "", false, true},
    {"1003", "雪碧 500ml", "食品/饮料/碳酸饮料", "瓶", 350, 0, "", false, true},
    {"1004", "芬达橙味 500ml", "食品/饮料/碳酸饮料", "瓶", 350, 0, "", false, true},
    {"1005", "农夫山泉 550ml", "食品/饮料/饮用水", "瓶", 200, 0, "", false, true},
    {"1006", "怡宝纯净水 555ml", "食品/饮料/饮用水", "瓶", 200, 0, "", false, true},
    {"1007", "康师傅冰红茶 500ml", "食品/饮料/茶饮料", "瓶", 350, 300, "", false, true},
    {"1008", "统一绿茶 500ml", "食品/饮料/茶饮料", "瓶", 350, 0, "", false, true},
    {"1009", "王老吉 310ml", "食品/饮料/茶饮料", "罐", 450, 0, "", false, true},
    {"1010", "东方树叶乌龙茶 500ml", "食品/饮料/茶饮料", "瓶", 500, 0, "", false, true},
    {"1011", "伊利纯牛奶 250ml", "食品/乳制品/牛奶", "盒", 350, 0, "", false, true},
    {"1012", "蒙牛纯牛奶 250ml", "食品/乳制品/牛奶", "盒", 350, 0, "", false, true},
    {"1013", "光明优倍鲜牛奶 950ml", "食品/乳制品/牛奶", "瓶", 1680, 1580, "", false, true},
    {"1014", "安慕希酸奶 205g", "食品/乳制品/酸奶", "盒", 650, 0, "", false, true},
    {"1015", "养乐多 5连包", "食品/乳制品/酸奶", "排", 1250, 0, "", false, true},
    {"1016", "青岛啤酒 500ml", "食品/酒类/啤酒", "罐", 550, 0, "", false, true},
    {"1017", "雪花啤酒 500ml", "食品/酒类/啤酒", "罐", 450, 0, "", false, true},
    {"1018", "红星二锅头 500ml", "食品/酒类/白酒", "瓶", 2200, 0, "", false, true},
    {"2001", "乐事薯片原味 75g", "食品/休闲零食/膨化食品", "袋", 750, 0, "", false, true},
    {"2002", "乐事薯片黄瓜味 75g", "食品/休闲零食/膨化食品", "袋", 750, 0, "", false, true},
    {"2003", "旺旺雪饼 84g", "食品/休闲零食/饼干糕点", "袋", 690, 0, "", false, true},
    {"2004", "奥利奥夹心饼干 116g", "食品/休闲零食/饼干糕点", "盒", 890, 850, "", false, true},
    {"2005", "好丽友派 6枚", "食品/休闲零食/饼干糕点", "盒", 1380, 0, "", false, true},
    {"2006", "德芙丝滑牛奶巧克力 43g", "食品/休闲零食/糖果巧克力", "块", 890, 0, "", false, true},
    {"2007", "大白兔奶糖 114g", "食品/休闲零食/糖果巧克力", "袋", 1290, 0, "", false, true},
    {"2008", "绿箭口香糖 5片", "食品/休闲零食/糖果巧克力", "条", 250, 0, "", false, true},
    {"2009", "卫龙辣条 106g", "食品/休闲零食/肉干辣条", "袋", 500, 0, "", false, true},
    {"2010", "良品铺子猪肉脯 100g", "食品/休闲零食/肉干辣条", "袋", 2590, 0, "", false, true},
    {"2011", "三只松鼠每日坚果 25g", "食品/休闲零食/坚果炒货", "包", 490, 0, "", false, true},
    {"2012", "洽洽香瓜子 260g", "食品/休闲零食/坚果炒货", "袋", 990, 0, "", false, true},
    {"3001", "康师傅红烧牛肉面", "食品/方便速食/方便面", "袋", 450, 0, "", false, true},
    {"3002", "统一老坛酸菜牛肉面", "食品/方便速食/方便面", "袋", 450, 0, "", false, true},
    {"3003", "今麦郎一菜一桶", "食品/方便速食/方便面", "桶", 550, 0, "", false, true},
    {"3004", "双汇王中王火腿肠 240g", "食品/方便速食/火腿肠", "袋", 1290, 0, "", false, true},
    {"3005", "思念水饺猪肉白菜 1kg", "食品/方便速食/速冻食品", "袋", 2390, 2190, "", false, true},
    {"3006", "金龙鱼大豆油 5L", "食品/粮油调味/食用油", "桶", 6990, 6590, "", false, true},
    {"3007", "海天生抽 500ml", "食品/粮油调味/酱油醋", "瓶", 890, 0, "", false, true},
    {"3008", "恒顺香醋 500ml", "食品/粮油调味/酱油醋", "瓶", 780, 0, "", false, true},
    {"3009", "老干妈风味豆豉 280g", "食品/粮油调味/调味酱", "瓶", 1150, 0, "", false, true},
    {"3010", "中盐精制食盐 400g", "食品/粮油调味/调味品", "袋", 250, 0, "", false, true},
    {"4001", "苹果", "生鲜/水果/苹果梨", "kg", 1280, 1180, "10001", true, false},
    {"4002", "香蕉", "生鲜/水果/热带水果", "kg", 698, 0, "10002", true, false},
    {"4003", "砂糖橘", "生鲜/水果/柑橘", "kg", 998, 0, "10003", true, false},
    {"4004", "西瓜", "生鲜/水果/瓜类", "kg", 398, 0, "10004", true, false},
    {"4005", "黄瓜", "生鲜/蔬菜/瓜果类", "kg", 598, 0, "10011", true, false},
    {"4006", "西红柿", "生鲜/蔬菜/瓜果类", "kg", 698, 0, "10012", true, false},
    {"4007", "土豆", "生鲜/蔬菜/根茎类", "kg", 398, 0, "10013", true, false},
    {"4008", "大白菜", "生鲜/蔬菜/叶菜类", "kg", 298, 0, "10014", true, false},
    {"4009", "猪五花肉", "生鲜/肉禽蛋/猪肉", "kg", 3580, 0, "10021", true, false},
    {"4010", "鸡胸肉", "生鲜/肉禽蛋/禽肉", "kg", 2280, 0, "10022", true, false},
    {"4011", "散装大米", "生鲜/散装粮食/大米", "kg", 598, 0, "10031", true, false},
    {"4012", "散装小米", "生鲜/散装粮食/杂粮", "kg", 1200, 0, "10032", true, false},
    {"4013", "鲜鸡蛋 10枚", "生鲜/肉禽蛋/蛋类", "盒", 1590, 1490, "", false, true},
    {"5001", "清风抽纸 3包", "日用百货/纸品/抽纸", "提", 1590, 0, "", false, true},
    {"5002", "维达卷纸 10卷", "日用百货/纸品/卷纸", "提", 3290, 2990, "", false, true},
    {"5003", "高露洁牙膏 140g", "日用百货/个人护理/口腔护理", "支", 1290, 0, "", false, true},
    {"5004", "海飞丝洗发水 400ml", "日用百货/个人护理/洗发护发", "瓶", 4990, 0, "", false, true},
    {"5005", "立白洗衣液 2kg", "日用百货/家居清洁/洗衣用品", "瓶", 3290, 0, "", false, true},
    {"5006", "南孚电池 5号 4粒", "日用百货/家居用品/电池", "卡", 1990, 0, "", false, true},
    {"5007", "塑料袋 大号", "日用百货/无码商品/购物袋", "个", 30, 0, "90001", false, false},
    {"5008", "塑料袋 小号", "日用百货/无码商品/购物袋", "个", 20, 0, "90002", false, false},
    {"5009", "一次性打火机", "日用百货/无码商品/杂货", "个", 200, 0, "90003", false, false},
};

struct DemoMember {
    const char* name;
    const char* mobile;
    qint64 topUpMinor;  // 0: none
    qint64 points;      // opening points (0: none)
};

const DemoMember kMembers[] = {
    {"张伟", "13812345678", 50000, 1200},  {"王芳", "13912345601", 10000, 300},
    {"李娜", "13700001234", 0, 80},        {"刘洋", "15000112233", 20000, 0},
    {"陈静", "15800223344", 0, 560},       {"杨磊", "18600334455", 100000, 2500},
    {"赵敏", "18911445566", 0, 0},         {"黄勇", "13345556677", 30000, 150},
    {"周杰", "17766667788", 0, 40},        {"吴婷", "18877778899", 10000, 0},
    {"徐明", "13688889900", 0, 900},       {"孙丽", "15999990011", 0, 0},
    {"马超", "13500010002", 50000, 320},   {"朱琳", "18200020003", 0, 60},
    {"胡军", "15300030004", 0, 0},         {"郭静怡", "13900040005", 20000, 1800},
    {"何平", "18600050006", 0, 0},         {"高洁", "13800060007", 0, 220},
    {"林峰", "15100070008", 10000, 0},     {"罗丹", "18700080009", 0, 700},
};

// Three tiers, 1 point per yuan, 100 points = ￥1, and 充100送20 style top-up bonuses.
const char* kRules = R"json({
  "tiers": [
    {"code": "normal", "name": "普通会员", "rank": 0},
    {"code": "silver", "name": "银卡", "rank": 1, "spend_minor": 100000, "points_multiplier_bps": 12000,
     "window_days": 365, "validity_days": 365, "grace_days": 30},
    {"code": "gold", "name": "金卡", "rank": 2, "spend_minor": 500000, "single_topup_minor": 100000,
     "discount_bps": 500, "member_price": true, "points_multiplier_bps": 15000, "window_days": 365,
     "validity_days": 365, "grace_days": 30}
  ],
  "points": {"minor_per_point": 100, "expiry": "rolling", "expiry_months": 12,
             "redeem_points_per_yuan": 100, "redeem_min_points": 100, "redeem_max_order_bps": 5000},
  "wallet": {"spend_order": "proportional",
             "topup_bonus": [{"threshold_minor": 10000, "bonus_minor": 2000},
                             {"threshold_minor": 50000, "bonus_minor": 12000, "bonus_points": 500}]},
  "coupons": {"templates": [{"code": "WELCOME5", "name": "新人5元券", "kind": "amount_off", "value": 500,
                             "threshold_minor": 3000, "valid_days": 30}],
              "on_registration": ["WELCOME5"]}
})json";

} // namespace

Result<void> seedDemoCatalog(Store& store, const Clock& clock)
{
    Database& db = store.db();
    AuditLog audit(db, clock);
    Outbox outbox(db, store.identity().storeCode, store.identity().tillCode, clock);
    ProductCatalog catalog(db, audit, outbox, clock);
    MembersModule members(db, clock, audit, outbox, store.identity().storeCode,
                          [](const QString& s) { return pinyinInitials(s, 8); });
    MembersLoyalty loyalty(members, db, clock);
    SalesContext sales{db, clock, audit, outbox, catalog, loyalty, store.identity(), store.receiptEpoch()};
    PromotionService promotions(sales);

    Session admin;
    admin.userName = QStringLiteral("admin");
    admin.role = QStringLiteral("admin");
    admin.permissions = defaultPermissions(Role::Admin);

    PATRON_TRY(guarded([&]() -> Result<void> {
        Transaction tx(db);
        for (const DemoProduct& p : kProducts) {
            ProductInput in;
            in.sku = QString::fromLatin1(p.sku);
            in.name = QString::fromUtf8(p.name);
            in.categoryPath = QString::fromUtf8(p.category);
            in.unit = QString::fromUtf8(p.unit);
            in.priceMinor = p.priceMinor;
            in.costMinor = p.priceMinor * 7 / 10;  // a plausible margin for the demo's reports
            if (p.memberPriceMinor > 0)
                in.memberPriceMinor = std::optional<qint64>(p.memberPriceMinor);
            if (*p.plu)
                in.plu = QString::fromLatin1(p.plu);
            in.weighed = p.weighed;
            if (p.barcode) {
                const QString data = QStringLiteral("690123") + QString::fromLatin1(p.sku) + QStringLiteral("00");
                in.barcodes = QStringList{data + QString::number(*gs1CheckDigit(data))};
            }
            auto id = catalog.upsertInTransaction(admin.userName, in, false);
            if (!id)
                return id.error();
        }
        tx.commit();
        return {};
    }));

    // 可乐 20% off; buy two 薯片, the second at the price of a multibuy.
    Promotion cola;
    cola.name = QStringLiteral("可口可乐八折");
    cola.kind = PromotionKind::Percent;
    cola.percentBp = 2000;
    cola.targetId = catalog.findBySku(QStringLiteral("1001"))->id;
    PATRON_TRY(promotions.add(admin, cola));
    Promotion chips;
    chips.name = QStringLiteral("薯片第二件半价");
    chips.kind = PromotionKind::Multibuy;
    chips.buyQty = 2;
    chips.bundlePriceMinor = 1125;
    chips.targetId = catalog.findBySku(QStringLiteral("2001"))->id;
    PATRON_TRY(promotions.add(admin, chips));

    PATRON_TRY(members.rules().set(admin, QJsonDocument::fromJson(kRules).object()));
    for (const DemoMember& m : kMembers) {
        MemberFields f;
        f.name = QString::fromUtf8(m.name);
        f.mobile = QString::fromLatin1(m.mobile);
        auto member = members.members().registerMember(admin, f);
        if (!member)
            return member.error();
        if (m.topUpMinor > 0)
            PATRON_TRY(members.wallet().topUp(admin, member->id, m.topUpMinor, QStringLiteral("cash"), QString()));
        if (m.points > 0)
            PATRON_TRY(members.points().adjust(admin, member->id, m.points, QStringLiteral("demo")));
    }
    return {};
}

} // namespace patron
