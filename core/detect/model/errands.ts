/**
 * Places and things of errands, per language (folded: lower case, no accents): "swing by the
 * pharmacy sometime", "passa no mercado". A feature for the classifier, not a guard: "let's try
 * that new market together" is still a wish, and the model weighs the word with the rest.
 */
export const ERRAND_WORDS: Record<string, readonly string[]> = {
  en: ['pharmacy', 'chemist', 'chemists', 'drugstore', 'store', 'shop', 'supermarket', 'grocery', 'groceries', 'tesco', 'walmart', 'costco', 'aldi', 'lidl', 'bank', 'atm', 'dmv', 'cleaners', 'laundry', 'hardware', 'garage', 'mechanic', 'plumber', 'electrician', 'landlord', 'dentist', 'pharmacist', 'parcel', 'milk', 'soap', 'batteries', 'prescription', 'helpdesk', 'receipt', 'invoice'],
  es: ['farmacia', 'super', 'supermercado', 'mercadona', 'tienda', 'banco', 'cajero', 'correos', 'paquete', 'fontanero', 'plomero', 'electricista', 'casero', 'dentista', 'leche', 'jabon', 'papel', 'receta', 'factura', 'recibo', 'lavanderia', 'taller', 'llaves', 'cargador'],
  fr: ['pharmacie', 'supermarche', 'carrefour', 'leclerc', 'monoprix', 'magasin', 'boutique', 'banque', 'poste', 'colis', 'plombier', 'electricien', 'proprio', 'proprietaire', 'dentiste', 'lait', 'pain', 'pq', 'eponges', 'ordonnance', 'facture', 'pressing', 'garagiste', 'assurance'],
  de: ['apotheke', 'supermarkt', 'edeka', 'rewe', 'aldi', 'lidl', 'dm', 'laden', 'bank', 'post', 'paket', 'klempner', 'elektriker', 'vermieter', 'hausmeister', 'zahnarzt', 'milch', 'klopapier', 'spuli', 'rezept', 'rechnung', 'werkstatt', 'reinigung', 'steuererklarung'],
  pt: ['farmacia', 'mercado', 'supermercado', 'padaria', 'loja', 'banco', 'correios', 'encomenda', 'pacote', 'encanador', 'canalizador', 'eletricista', 'senhorio', 'dentista', 'leite', 'detergente', 'papel', 'receita', 'fatura', 'boleto', 'lavanderia', 'oficina'],
};
