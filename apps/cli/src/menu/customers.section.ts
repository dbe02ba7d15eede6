import { customerActivity } from './customer-activity.menu.js';
import { customerProfile } from './customer-profile.menu.js';
import { menuSection } from './menu-section.js';

export const customersSection = menuSection('Customers', "one customer's activity summary or full profile, by phone or customer id", {
  customerActivity,
  customerProfile,
});
