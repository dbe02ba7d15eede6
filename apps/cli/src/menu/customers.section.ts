import { customerActivity } from './customer-activity.menu.js';
import { customerProfile } from './customer-profile.menu.js';
import { duplicateCustomers } from './duplicate-customers.menu.js';
import { menuSection } from './menu-section.js';
import { mergeCustomers } from './merge-customers.menu.js';
import { unmergeCustomer } from './unmerge-customer.menu.js';

export const customersSection = menuSection('Customers', "one customer's activity summary or full profile; duplicates, merging and unmerging", {
  customerActivity,
  customerProfile,
  duplicateCustomers,
  mergeCustomers,
  unmergeCustomer,
});
