#include "till/CheckoutPage.h"

#include "auth/Permissions.h"
#include "backoffice/BackOfficeWindow.h"
#include "common/BusyRun.h"
#include "devices/scan/SerialScanner.h"
#include "shell/TillSession.h"
#include "store/StoreSettings.h"
#include "till/CartTableModel.h"
#include "till/CustomerDisplay.h"
#include "till/GiftRedemptionDialog.h"
#include "till/HeldCartsDialog.h"
#include "till/HelpOverlay.h"
#include "till/MemberDetailsDialog.h"
#include "till/MemberDialog.h"
#include "till/NewProductDialog.h"
#include "till/PaymentDialog.h"
#include "till/QuickKeyEditorDialog.h"
#include "till/QuickKeyPanel.h"
#include "till/ReprintDialog.h"
#include "till/ReturnDialog.h"
#include "till/ScanKeyFilter.h"
#include "till/ShiftDialog.h"
#include "till/TillFormat.h"
#include "till/TillPrompts.h"
#include "till/TopUpDialog.h"
#include "till/TotalsPanel.h"
#include "till/UnknownCodeBar.h"

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace patron::ui {

CheckoutPage::CheckoutPage(TillSession& session, TillPrompts& prompts, TillPrinter& printer, ScannerConfig scanner,
                           QWidget* parent)
    : QWidget(parent), m_session(session), m_prompts(prompts), m_printer(printer), m_config(std::move(scanner)),
      m_router(ScaleLayout::defaults(), m_config.memberRules)
{
    setObjectName(QStringLiteral("checkoutPage"));
    buildLayout();
    bindKeys();
    setScannerConfig(m_config);
    if (QGuiApplication::screens().size() > 1) {
        m_customer = new CustomerDisplay(m_model, this);
        m_customer->showOn(QGuiApplication::screens().at(1));
    }
}

void CheckoutPage::buildLayout()
{
    auto* outer = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    outer->addLayout(left, 3);
    m_scanField = new QLineEdit(this);
    m_scanField->setObjectName(QStringLiteral("scanField"));
    m_scanField->setPlaceholderText(tr("Scan or search: barcode, PLU, name initials"));
    // The scanner types into this field; an input method would swallow its digits into a
    // composition. Full-width commits that still arrive are folded by the scan filter.
    m_scanField->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_scanField->setMinimumHeight(48);
    m_scanField->installEventFilter(this);
    left->addWidget(m_scanField);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("checkoutMessage"));
    m_message->setWordWrap(true);
    left->addWidget(m_message);
    m_unknown = new UnknownCodeBar(this);
    left->addWidget(m_unknown);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setFocusPolicy(Qt::NoFocus);
    m_results->setMaximumHeight(180);
    m_results->hide();
    left->addWidget(m_results);
    m_model = new CartTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("cartTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(40);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CartTableModel::Name, QHeaderView::Stretch);
    m_table->setFocusPolicy(Qt::ClickFocus);
    left->addWidget(m_table, 1);
    m_quickKeys = new QuickKeyPanel(this);
    left->addWidget(m_quickKeys);

    auto* right = new QVBoxLayout;
    outer->addLayout(right, 2);
    m_member = new MemberPanel(this);
    right->addWidget(m_member);
    connect(m_member, &MemberPanel::giftRequested, this, &CheckoutPage::redeemGift);
    connect(m_member, &MemberPanel::detailsRequested, this, &CheckoutPage::memberDetails);
    m_totals = new TotalsPanel(this);
    right->addWidget(m_totals);
    auto* keys = new QGridLayout;
    // The on-screen keys; their captions name the key map's keys (setKeyMap).
    const QList<std::pair<TillAction, const char*>> buttons{
        {TillAction::Member, "keyMember"},     {TillAction::Quantity, "keyQty"},
        {TillAction::Discount, "keyDiscount"}, {TillAction::Price, "keyPrice"},
        {TillAction::Hold, "keyHold"},         {TillAction::Resume, "keyResume"},
        {TillAction::Shift, "keyShift"},       {TillAction::TopUp, "keyTopUp"},
        {TillAction::PayPoints, "keyPoints"},  {TillAction::Remove, "keyRemove"},
        {TillAction::Return, "keyReturn"},     {TillAction::Reprint, "keyReprint"},
        {TillAction::BackOffice, "keyBackOffice"},
        {TillAction::Help, "keyHelp"},         {TillAction::Lock, "keyLock"}};
    for (int i = 0; i < buttons.size(); ++i) {
        const auto& [action, name] = buttons[i];
        auto* b = new QPushButton(this);
        b->setObjectName(QString::fromLatin1(name));
        b->setMinimumHeight(56);
        b->setFocusPolicy(Qt::NoFocus);  // touching a key never takes focus from the scanner
        keys->addWidget(b, i / 3, i % 3);
        m_keyButtons.insert(action, b);
    }
    right->addLayout(keys);
    m_payButton = new QPushButton(this);
    m_payButton->setObjectName(QStringLiteral("keyPay"));
    m_payButton->setProperty("accent", true);
    m_payButton->setMinimumHeight(72);
    m_payButton->setFocusPolicy(Qt::NoFocus);
    m_payButton->setStyleSheet(QStringLiteral("font-size: 18pt;"));
    right->addWidget(m_payButton);

    m_help = new HelpOverlay({}, this);
    m_scan = new ScanKeyFilter(window(), m_scanField, m_config.scan, this);
    connect(m_scan, &ScanKeyFilter::scanned, this, &CheckoutPage::onScanned);
    connect(m_scan, &ScanKeyFilter::typed, this, &CheckoutPage::onTyped);
    auto* searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(250);
    connect(searchTimer, &QTimer::timeout, this, &CheckoutPage::runSearch);
    connect(m_scanField, &QLineEdit::textEdited, searchTimer, qOverload<>(&QTimer::start));
    connect(m_results, &QListWidget::itemClicked, this, [this] {
        const int row = m_results->currentRow();
        if (row >= 0 && row < m_found.size())
            addProduct(m_found[row], QString());
    });
    connect(m_payButton, &QPushButton::clicked, this, [this] { pay(); });
    connect(m_quickKeys, &QuickKeyPanel::keyPressed, this, &CheckoutPage::onQuickKey);
    connect(m_quickKeys, &QuickKeyPanel::arrangeRequested, this, &CheckoutPage::arrangeQuickKeys);
    connect(m_unknown, &UnknownCodeBar::searchRequested, this, &CheckoutPage::searchInstead);
    connect(m_unknown, &UnknownCodeBar::addRequested, this, &CheckoutPage::addUnknownProduct);
}

CheckoutPage::~CheckoutPage() = default;

void CheckoutPage::setScannerConfig(const ScannerConfig& config)
{
    m_config = config;
    m_router = ScanRouter(ScaleLayout::defaults(), m_config.memberRules);
    m_scan->setSettings(m_config.scan);
    m_serial.reset();
    if (m_config.serialPort.isEmpty())
        return;
    m_serial = std::make_unique<SerialScanner>(m_config.serial());
    connect(m_serial.get(), &SerialScanner::scanned, this, &CheckoutPage::onSerialScanned);
    connect(m_serial.get(), &SerialScanner::failed, this, [this](const Error& e) { showMessage(e.message); });
    openSerialScanner();
}

void CheckoutPage::openSerialScanner()
{
    if (!m_serial || m_serial->isOpen())
        return;
    if (auto opened = m_serial->open(); !opened)
        showMessage(opened.message());
}

std::function<void()> CheckoutPage::actionFor(TillAction action)
{
    switch (action) {
    case TillAction::Help: return [this] { m_help->toggle(); };
    case TillAction::Member: return [this] { openMember(); };
    case TillAction::MemberDetails: return [this] { memberDetails(); };
    case TillAction::Quantity: return [this] { changeQuantity(); };
    case TillAction::Discount: return [this] { lineDiscount(); };
    case TillAction::Price: return [this] { changePrice(); };
    case TillAction::Remove: return [this] { removeLine(); };
    case TillAction::Hold: return [this] { hold(); };
    case TillAction::Resume: return [this] { resumeHeld(); };
    case TillAction::Shift: return [this] { openShift(); };
    case TillAction::TopUp: return [this] { topUp(); };
    case TillAction::Pay: return [this] { pay(); };
    case TillAction::PayPoints: return [this] { pay(true); };
    case TillAction::Gift: return [this] { redeemGift(); };
    case TillAction::Return:
    case TillAction::ReturnAlt: return [this] { startReturn(); };
    case TillAction::Reprint: return [this] { reprint(); };
    case TillAction::BackOffice:
        return [this] {
            if (m_keyButtons.value(TillAction::BackOffice)->isVisible())
                emit backOfficeRequested();
        };
    case TillAction::Back:
        return [this] {
            m_scanField->clear();
            m_results->hide();
            m_help->hide();
            m_message->clear();
            m_unknown->dismiss();
        };
    // The window locks (and signs the cashier out); the checkout only asks.
    case TillAction::Lock: return [this] { emit lockRequested(); };
    }
    Q_UNREACHABLE();
}

void CheckoutPage::bindKeys()
{
    for (TillAction action : TillKeyMap::actions()) {
        auto* s = new QShortcut(this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, actionFor(action));
        m_shortcuts.insert(action, s);
    }
    for (auto it = m_keyButtons.begin(); it != m_keyButtons.end(); ++it)
        connect(it.value(), &QPushButton::clicked, this, actionFor(it.key()));
    setKeyMap(TillKeyMap::load(StoreSettings(m_session.store().db(), m_session.clock())));
}

void CheckoutPage::setKeyMap(const TillKeyMap& keys)
{
    m_keys = keys;
    for (auto it = m_shortcuts.begin(); it != m_shortcuts.end(); ++it)
        it.value()->setKey(m_keys.key(it.key()));
    for (auto it = m_keyButtons.begin(); it != m_keyButtons.end(); ++it) {
        const QString key = m_keys.keyText(it.key());
        const QString caption = TillKeyMap::caption(it.key());
        it.value()->setText(key.isEmpty() ? caption : QStringLiteral("%1\n%2").arg(caption, key));
    }
    m_payButton->setText(m_keys.withKey(TillKeyMap::caption(TillAction::Pay), TillAction::Pay));
    m_member->setKeys(m_keys);
    QList<KeyHelp> help;
    for (TillAction action : TillKeyMap::actions()) {
        if (action == TillAction::ReturnAlt)
            continue;  // shown on the return's row
        QStringList texts{m_keys.keyText(action)};
        if (action == TillAction::Return)
            texts << m_keys.keyText(TillAction::ReturnAlt);
        texts.removeAll(QString());
        if (!texts.isEmpty())
            help.append({texts.join(QStringLiteral(", ")), TillKeyMap::description(action)});
    }
    m_help->setKeys(help);
}

void CheckoutPage::reloadKeyMap()
{
    QStringList problems;
    setKeyMap(TillKeyMap::load(StoreSettings(m_session.store().db(), m_session.clock()), &problems));
    if (!problems.isEmpty())
        showMessage(problems.join(QLatin1Char(' ')));
}

QString CheckoutPage::attachMemberFirst() const
{
    const QString key = m_keys.keyText(TillAction::Member);
    return key.isEmpty() ? tr("Attach a member first.") : tr("Attach a member first (%1).").arg(key);
}

QString CheckoutPage::message() const { return m_message->text(); }

PaymentDialog* CheckoutPage::paymentDialog() const { return m_payment.data(); }

void CheckoutPage::showMessage(const QString& text, bool error)
{
    m_message->setProperty("role", error ? QStringLiteral("error") : QStringLiteral("hint"));
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    m_message->setText(text);
}

void CheckoutPage::begin()
{
    auto cart = m_session.carts().openCart(*m_session.user());
    if (!cart) {
        showMessage(cart.message());
        return;
    }
    m_cart = *cart;
    m_message->clear();
    m_unknown->dismiss();
    reloadQuickKeys();
    reloadKeyMap();  // the store's keys as saved now, for whoever signs in
    openSerialScanner();  // a scanner plugged in since, or unplugged and back: the next sign-in finds it
    // Whoever is signed in now decides; a cashier after a manager must not see it.
    m_keyButtons.value(TillAction::BackOffice)->setVisible(BackOfficeWindow::allowedFor(*m_session.user()));
    refresh();
    m_scanField->setFocus();
}

void CheckoutPage::apply(Result<Cart> changed)
{
    if (!changed) {
        showMessage(changed.message());
        return;
    }
    m_cart = *changed;
    m_message->clear();
    refresh();
}

void CheckoutPage::refresh()
{
    auto quote = m_session.checkout().quote(m_cart.uuid);
    if (quote)
        m_quote = *quote;
    else
        showMessage(quote.message());
    m_model->setCart(m_cart, m_quote.priced);
    if (m_model->rowCount() > 0)
        m_table->selectRow(m_model->rowCount() - 1);
    m_totals->setTotals(m_quote.priced);
    m_member->setMember(memberSummary());
    if (m_customer)
        m_customer->setTotal(tr("Total %1").arg(yuan(m_quote.priced.totalMinor)),
                             m_quote.member ? tr("Welcome, %1").arg(m_quote.member->displayName) : tr("Welcome"));
    emit statusChanged();
}

std::optional<MemberSummary> CheckoutPage::memberSummary() const
{
    if (!m_cart.memberId)
        return std::nullopt;
    MembersModule& mm = m_session.members();
    auto member = mm.members().byId(*m_cart.memberId);
    if (!member)
        return std::nullopt;
    MemberSummary s;
    s.name = member->name;
    s.maskedMobile = maskedMobile(member->mobile);
    const TierRule* tier = mm.rules().current().tier(member->tierCode);
    s.tier = tier ? tier->name : member->tierCode;
    s.points = member->pointsBalance;
    s.walletMinor = member->walletBalanceMinor();
    if (auto coupons = mm.coupons().coupons(member->id))
        for (const Coupon& c : *coupons)
            s.coupons += c.status == u"issued" ? 1 : 0;
    if (auto next = mm.tiers().distanceToNextTier(member->id))
        s.nextTier = next->text;
    return s;
}

int CheckoutPage::selectedLineNo() const
{
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : m_model->rowCount() - 1;
    if (row < 0 || row >= m_quote.priced.lines.size())
        return 0;
    return m_quote.priced.lines[row].lineNo;
}

bool CheckoutPage::ensureShift()
{
    if (m_session.shifts().current())
        return true;
    const auto text = m_prompts.askText(this, tr("Open a shift"),
                                        tr("No shift is open. Cash float in the drawer (￥):"), QStringLiteral("0"));
    if (!text)
        return false;
    const auto amount = parseYuan(*text);
    if (!amount) {
        showMessage(tr("Type the float, such as 200."));
        return false;
    }
    auto opened = m_session.shifts().open(*m_session.user(), *amount);
    if (!opened) {
        showMessage(opened.message());
        return false;
    }
    emit statusChanged();
    return true;
}

void CheckoutPage::addProduct(const Product& product, const QString& scannedCode, qint64 qtyMilli)
{
    m_results->hide();
    m_unknown->dismiss();
    m_scanField->clear();
    if (!ensureShift())
        return;
    std::optional<qint64> price;
    if (product.openPrice) {
        const auto text = m_prompts.askText(this, product.name, tr("Price (￥):"));
        if (!text)
            return;
        price = parseYuan(*text);
        if (!price) {
            showMessage(tr("Type a price such as 12.50."));
            return;
        }
    }
    apply(m_session.carts().addProduct(m_cart.uuid, product, qtyMilli, price, scannedCode));
}

void CheckoutPage::reloadQuickKeys()
{
    auto keys = m_session.quickKeys().list();
    if (!keys) {
        showMessage(keys.message());
        return;
    }
    m_quickKeys->setKeys(*keys);
}

void CheckoutPage::onQuickKey(const QuickKey& key)
{
    // The key shows what was true when the grid was drawn; the sale uses the product as it is now.
    const auto product = m_session.catalog().findById(key.productId);
    if (!product || !product->active) {
        showMessage(tr("%1 is no longer sold. Ask a manager to rearrange the keys.").arg(key.label));
        return;
    }
    qint64 qty = 1000;
    if (product->weighed) {
        const auto text = m_prompts.askText(this, product->name, tr("Weight (%1):").arg(product->unit));
        if (!text)
            return;
        const auto weight = parseQuantity(*text);
        if (!weight) {
            showMessage(tr("Type a weight such as 0.525."));
            return;
        }
        qty = *weight;
    }
    addProduct(*product, QString(), qty);
}

std::optional<Session> CheckoutPage::catalogEditor(const QString& why)
{
    if (m_session.user()->can(perm::CatalogEdit))
        return *m_session.user();
    auto manager = m_prompts.managerOverride(this, m_session.users(), perm::CatalogEdit, why);
    if (!manager)
        showMessage(tr("Only a manager can change the catalog."));
    return manager;
}

void CheckoutPage::arrangeQuickKeys()
{
    const auto actor = catalogEditor(tr("Arrange the quick keys"));
    if (!actor)
        return;
    auto* dialog = new QuickKeyEditorDialog(m_session.quickKeys(), *actor, this);
    connect(dialog, &QuickKeyEditorDialog::keysChanged, this, &CheckoutPage::reloadQuickKeys);
    openModal(dialog);
}

void CheckoutPage::searchInstead(const QString& code)
{
    m_scanField->setText(code);
    m_scanField->selectAll();
    m_scanField->setFocus();
    m_message->clear();
}

void CheckoutPage::addUnknownProduct(const QString& code)
{
    const auto actor = catalogEditor(tr("Add product %1").arg(code));
    if (!actor)
        return;
    auto* dialog = new NewProductDialog(m_session.catalog(), *actor, code, this);
    connect(dialog, &NewProductDialog::added, this, [this, code](const Product& product) {
        addProduct(product, code);
    });
    openModal(dialog);
}

void CheckoutPage::onSerialScanned(const QString& code)
{
    if (!m_session.user() || !isVisible())
        return;  // signed out or locked: nobody is selling
    // A scan while the till waits for head office (a return's look-up, a stored-value hold) would
    // start a second call on the same connection or slip into the cart unseen: dropped, said so.
    if (busyCallRunning()) {
        showMessage(tr("Scan ignored: the till is waiting for head office. Scan again when it has answered."));
        return;
    }
    if (m_payment && QApplication::activeModalWidget() == m_payment) {
        m_payment->onScanned(code);
        return;
    }
    // Another dialog (a return, a new product) reads its own fields; a scan there is not a sale.
    if (QApplication::activeModalWidget())
        return;
    onScanned(code);
}

void CheckoutPage::onScanned(const QString& code)
{
    m_results->hide();
    m_unknown->dismiss();
    const ScanTarget target = m_router.route(code, ScanContext::Sale);
    if (const auto* p = std::get_if<ProductCode>(&target)) {
        auto product = m_session.catalog().lookupCode(p->barcode.key);
        if (!product && product.code() == ErrorCode::NotFound) {
            m_scanField->clear();
            m_message->clear();
            m_unknown->showCode(code);
            return;
        }
        if (!product) {
            showMessage(tr("Unknown code %1: %2").arg(code, product.message()));
            return;
        }
        addProduct(*product, code);
    } else if (const auto* label = std::get_if<ScaleLabel>(&target)) {
        const auto product = m_session.catalog().findByPlu(label->plu);
        if (!product) {
            showMessage(tr("No product has scale PLU %1.").arg(label->plu));
            return;
        }
        if (ensureShift())
            apply(m_session.carts().addScaleLabel(m_cart.uuid, *product, *label));
    } else if (const auto* card = std::get_if<MemberCode>(&target)) {
        auto member = m_session.members().members().resolve(card->cardNumber);
        if (!member) {
            showMessage(member.message());
            return;
        }
        attachMember(member->id);
    } else if (const auto* receipt = std::get_if<ReceiptRef>(&target)) {
        startReturn(receipt->text);
    } else if (const auto* unknown = std::get_if<UnknownCode>(&target)) {
        showMessage(unknown->reason.message);
    } else {
        showMessage(m_keys.keyText(TillAction::Pay).isEmpty()
                        ? tr("Payment codes are scanned on the payment screen.")
                        : tr("Payment codes are scanned on the payment screen (%1).").arg(m_keys.keyText(TillAction::Pay)));
    }
}

void CheckoutPage::runSearch()
{
    const QString query = m_scanField->text().trimmed();
    m_results->clear();
    m_found.clear();
    if (query.isEmpty()) {
        m_results->hide();
        return;
    }
    m_found = m_session.search().search(query, 20);
    for (const Product& p : m_found)
        m_results->addItem(QStringLiteral("%1   %2   %3").arg(p.name, yuan(p.priceMinor), p.sku));
    m_results->setVisible(!m_found.isEmpty());
    if (!m_found.isEmpty())
        m_results->setCurrentRow(0);
    else
        showMessage(tr("Nothing matches “%1”.").arg(query));
}

void CheckoutPage::onTyped(const QString& text)
{
    if (text.trimmed().isEmpty())
        return;
    // Enter after typing: the highlighted result (the first, unless the cashier moved).
    const int row = m_results->isVisible() ? std::max(0, m_results->currentRow()) : 0;
    if (!m_results->isVisible())
        runSearch();
    if (row < m_found.size())
        addProduct(m_found[row], QString());
}

void CheckoutPage::attachMember(qint64 memberId)
{
    apply(m_session.carts().attachMember(m_cart.uuid, memberId));
}

template <typename Fn>
void CheckoutPage::withOverride(const QString& permission, const QString& why, Fn&& action)
{
    Result<Cart> done = action(*m_session.user());
    if (!done && done.code() == ErrorCode::PermissionDenied) {
        const auto manager = m_prompts.managerOverride(this, m_session.users(), permission, why);
        if (!manager) {
            showMessage(done.message());
            return;
        }
        done = action(*manager);
    }
    apply(std::move(done));
}

void CheckoutPage::openMember()
{
    auto* dialog = new MemberDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MemberDialog::memberChosen, this, &CheckoutPage::attachMember);
    dialog->open();
}

void CheckoutPage::changeQuantity()
{
    const int lineNo = selectedLineNo();
    if (!lineNo)
        return;
    const auto text = m_prompts.askText(this, tr("Quantity"), tr("New quantity for line %1:").arg(lineNo));
    if (!text)
        return;
    const auto qty = parseQuantity(*text);
    if (!qty) {
        showMessage(tr("Type a quantity such as 2 or 0.5."));
        return;
    }
    apply(m_session.carts().setQuantity(m_cart.uuid, lineNo, *qty));
}

void CheckoutPage::lineDiscount()
{
    const int lineNo = selectedLineNo();
    if (!lineNo)
        return;
    const auto text = m_prompts.askText(this, tr("Line discount"), tr("Percent off line %1 (e.g. 10):").arg(lineNo));
    if (!text)
        return;
    const auto percent = parseYuan(*text);  // two decimals: 12.5 % = 1250 bp
    if (!percent || *percent > 10000) {
        showMessage(tr("Type a percentage from 0 to 100."));
        return;
    }
    withOverride(perm::DiscountOverride, tr("%1% off line %2").arg(*text).arg(lineNo), [&](const Session& who) {
        return m_session.carts().setLineDiscount(m_cart.uuid, lineNo, int(*percent), 0, who);
    });
}

void CheckoutPage::changePrice()
{
    const int lineNo = selectedLineNo();
    if (!lineNo)
        return;
    const auto text = m_prompts.askText(this, tr("Change price"), tr("New unit price for line %1 (￥):").arg(lineNo));
    if (!text)
        return;
    const auto price = parseYuan(*text);
    if (!price) {
        showMessage(tr("Type a price such as 12.50."));
        return;
    }
    withOverride(perm::PriceOverride, tr("Price of line %1 to %2").arg(lineNo).arg(yuan(*price)), [&](const Session& who) {
        return m_session.carts().overridePrice(m_cart.uuid, lineNo, *price, who);
    });
}

void CheckoutPage::removeLine()
{
    if (const int lineNo = selectedLineNo())
        apply(m_session.carts().removeLine(m_cart.uuid, lineNo));
}

void CheckoutPage::hold()
{
    if (m_cart.isEmpty())
        return;
    auto held = m_session.carts().hold(m_cart.uuid, QString());
    if (!held) {
        showMessage(held.message());
        return;
    }
    begin();
    const QString resumeKey = m_keys.keyText(TillAction::Resume);
    showMessage(resumeKey.isEmpty() ? tr("Cart held.") : tr("Cart held. %1 resumes it.").arg(resumeKey), false);
}

void CheckoutPage::resumeHeld()
{
    auto held = m_session.carts().held();
    if (!held) {
        showMessage(held.message());
        return;
    }
    if (held->isEmpty()) {
        showMessage(tr("No held carts."), false);
        return;
    }
    auto* dialog = new HeldCartsDialog(*held, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HeldCartsDialog::resumeRequested, this, [this](const Uuid& uuid) {
        apply(m_session.carts().resume(*m_session.user(), uuid));
    });
    dialog->open();
}

void CheckoutPage::topUp()
{
    const auto member = memberSummary();
    if (!member) {
        showMessage(attachMemberFirst());
        return;
    }
    auto* dialog = new TopUpDialog(m_session, m_printer, *m_cart.memberId, QStringLiteral("%1  %2").arg(member->name, member->maskedMobile), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TopUpDialog::toppedUp, this, &CheckoutPage::refresh);
    dialog->open();
}

void CheckoutPage::memberDetails()
{
    if (!m_cart.memberId) {
        showMessage(attachMemberFirst());
        return;
    }
    auto* dialog = new MemberDetailsDialog(m_session, m_prompts, *m_cart.memberId, this);
    connect(dialog, &MemberDetailsDialog::edited, this, &CheckoutPage::refresh);
    openModal(dialog);
}

void CheckoutPage::redeemGift()
{
    if (!m_cart.memberId) {
        showMessage(attachMemberFirst());
        return;
    }
    auto* dialog = new GiftRedemptionDialog(m_session, m_printer, *m_cart.memberId, this);
    connect(dialog, &GiftRedemptionDialog::redeemed, this, [this](const QString& summary) {
        refresh();  // the member panel's points
        showMessage(summary, false);
    });
    openModal(dialog);
}

void CheckoutPage::openShift()
{
    auto* dialog = new ShiftDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ShiftDialog::shiftChanged, this, &CheckoutPage::statusChanged);
    dialog->open();
}

void CheckoutPage::pay(bool pointsFirst)
{
    if (m_cart.isEmpty()) {
        showMessage(tr("The cart is empty."));
        return;
    }
    if (!ensureShift())
        return;
    refresh();
    m_payment = new PaymentDialog(m_session, m_printer, m_router, m_cart, m_quote, memberSummary(), this);
    m_payment->setAttribute(Qt::WA_DeleteOnClose);
    m_payment->setMemberKey(m_keys.keyText(TillAction::Member));
    m_scan->setEnabled(false);
    connect(m_payment, &QDialog::finished, this, [this] {
        m_scan->setEnabled(true);
        m_scanField->setFocus();
    });
    connect(m_payment, &PaymentDialog::paid, this, [this](const SaleResult& sale) {
        begin();
        showMessage(tr("Sale %1 complete. Change %2").arg(sale.receiptNo, yuan(sale.changeMinor)), false);
        // The sale's pages go into the store while the customer takes the change, so the WAL
        // starts over at the next commit and no later scan or sale copies them (IdleCheckpoint;
        // a PASSIVE checkpoint never waits for a lock). Queued: the new cart is on screen first.
        QTimer::singleShot(0, this, [this] { (void)m_session.checkpoint(); });
    });
    m_payment->open();
    if (pointsFirst)
        m_payment->preselectPoints();
}

ReturnDialog* CheckoutPage::returnDialog() const { return m_return.data(); }

ReprintDialog* CheckoutPage::reprintDialog() const { return m_reprint.data(); }

void CheckoutPage::openModal(QDialog* dialog)
{
    // The dialog reads scans itself (its own fields); the checkout's scanner filter rests.
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_scan->setEnabled(false);
    connect(dialog, &QDialog::finished, this, [this] {
        m_scan->setEnabled(true);
        m_scanField->setFocus();
    });
    dialog->open();
}

void CheckoutPage::startReturn(const QString& receiptNo)
{
    m_scanField->clear();
    m_results->hide();
    QString number = receiptNo;
    if (number.isEmpty()) {
        const auto typed = m_prompts.askText(this, tr("Return"), tr("Scan or type the receipt number:"));
        if (!typed || typed->trimmed().isEmpty())
            return;
        number = typed->trimmed();
    }
    if (m_session.returns().needsReceiptTotal(number)) {
        // Another till's receipt: the dialog asks for its total before head office is asked.
        m_return = new ReturnDialog(m_session, m_prompts, m_printer, number, {}, this);
        m_return->askReceiptTotal();
    } else {
        auto lines = m_session.returns().returnable(number);
        if (!lines) {
            showMessage(lines.message());
            return;
        }
        m_return = new ReturnDialog(m_session, m_prompts, m_printer, number, *lines, this);
    }
    connect(m_return, &ReturnDialog::returned, this, [this](const ReturnResult& r) {
        showMessage(tr("Return %1 done: %2 refunded.").arg(r.receiptNo, yuan(r.refundMinor)), false);
        emit statusChanged();
    });
    openModal(m_return);
}

void CheckoutPage::reprint()
{
    m_reprint = new ReprintDialog(m_session, m_printer, this);
    openModal(m_reprint);
}

bool CheckoutPage::eventFilter(QObject* watched, QEvent* event)
{
    // The scan field would take editing keys (Delete, Home, Ctrl+A ...) for itself; with
    // nothing typed, a key the map gives an action (Delete removes a line) is the action's.
    if (watched == m_scanField && event->type() == QEvent::ShortcutOverride && m_scanField->text().isEmpty()) {
        const QKeySequence pressed(static_cast<QKeyEvent*>(event)->keyCombination());
        for (TillAction action : TillKeyMap::actions())
            if (m_keys.key(action) == pressed)
                return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace patron::ui
