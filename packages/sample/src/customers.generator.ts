import { Faker, en, en_IN } from '@faker-js/faker';
import { idList } from './ids.js';
import { randomMobile, spellMobile } from './phone-spelling.js';
import { mulberry32, streamSeed } from './random.js';

export interface SampleCustomer {
  id: string;
  name: string;
  /** As an export writes it; unique once normalized. */
  phone: string;
  email: string | null;
}

export const CUSTOMER_HEADER = ['customer_id', 'name', 'phone', 'email'] as const;

/** Share of customers with an email address on file. */
const EMAIL_SHARE = 0.85;

/**
 * The first customer is the seed session's own (DOMAIN.md), so the README's
 * `show customer activity summary for +91-9876543210` answers on sample data too.
 */
const SEED_CUSTOMER = { name: 'Priya Sharma', mobile: '9876543210', spelled: '+91-9876543210' };

/** Customers C0001.. with Indian names, unique mobiles in mixed spellings, email for most. */
export function generateCustomers(count: number, seed: number): SampleCustomer[] {
  const faker = new Faker({ locale: [en_IN, en], seed: streamSeed(seed, 'customers.names') });
  const random = mulberry32(streamSeed(seed, 'customers'));
  const used = new Set<string>([SEED_CUSTOMER.mobile]);
  return idList('C', 4, count).map((id, index) => {
    if (index === 0) return seedCustomer(id, faker, random);
    const firstName = faker.person.firstName();
    const lastName = faker.person.lastName();
    let mobile = randomMobile(random);
    while (used.has(mobile)) mobile = randomMobile(random);
    used.add(mobile);
    const email = random() < EMAIL_SHARE ? faker.internet.email({ firstName, lastName }).toLowerCase() : null;
    return { id, name: `${firstName} ${lastName}`, phone: spellMobile(random, mobile), email };
  });
}

function seedCustomer(id: string, faker: Faker, random: () => number): SampleCustomer {
  const email = random() < EMAIL_SHARE ? faker.internet.email({ firstName: 'Priya', lastName: 'Sharma' }).toLowerCase() : null;
  return { id, name: SEED_CUSTOMER.name, phone: SEED_CUSTOMER.spelled, email };
}

export function customerFields(customer: SampleCustomer): (string | null)[] {
  return [customer.id, customer.name, customer.phone, customer.email];
}
