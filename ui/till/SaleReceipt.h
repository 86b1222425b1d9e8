#pragma once
// A sale as a ReceiptDocument, from what the checkout screen already holds (the cart, its quote,
// the sale result and the tenders). Stands in until core/sales has a ReceiptBuilder that reads
// the stored sale; then the payment dialog calls that instead.

#include "sales/Cart.h"
#include "sales/CheckoutService.h"
#include "sales/receipt/ReceiptDocument.h"
#include "store/Store.h"

namespace patron::ui {

struct SaleReceiptInput {
    const Cart* cart = nullptr;
    const Quote* quote = nullptr;
    const SaleResult* sale = nullptr;
    QList<TenderInput> tenders;
    StoreIdentity store;
    QString cashier;
    QDateTime at;
};

ReceiptDocument saleReceiptDocument(const SaleReceiptInput& in);

} // namespace patron::ui
