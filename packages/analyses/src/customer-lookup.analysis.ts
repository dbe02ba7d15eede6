import { Customer, HcdmError, NotFoundError, tryNormalizePhone, type HcdmSettings } from '@hcdm/core';
import { customerIdOfAlias } from '@hcdm/identity';
import type { EntityManager } from 'typeorm';

/**
 * Finds a customer by id (exactly as stored; an id merged into another customer finds that
 * one) or else by phone, written in any spelling and normalized as on import. Two customers on
 * one phone is an error naming both and how to merge them, not a guess.
 */
export async function findCustomerByIdOrPhone(
  manager: EntityManager,
  text: string,
  defaultRegion: HcdmSettings['defaultRegion'],
): Promise<Customer> {
  const key = text.trim();
  const repository = manager.getRepository(Customer);
  const byId = await repository.findOneBy({ customerId: key });
  if (byId) return byId;
  const mergedInto = await customerIdOfAlias(manager, key);
  const byAlias = mergedInto === null ? null : await repository.findOneBy({ customerId: mergedInto });
  if (byAlias) return byAlias;
  const phone = tryNormalizePhone(key, defaultRegion);
  if (phone === null) throw new NotFoundError(`no customer with id or phone ${key}`);
  const matches = await repository.find({ where: { phone }, order: { customerId: 'ASC' } });
  const [first, ...others] = matches;
  if (!first) throw new NotFoundError(`no customer with phone ${phone}`);
  if (others.length > 0) {
    const ids = matches.map((customer) => customer.customerId).join(', ');
    const merges = others.map((other) => `hcdm merge ${other.customerId} into ${first.customerId}`).join('; ');
    throw new HcdmError('AMBIGUOUS', `phone ${phone} belongs to customers ${ids}; look one up by customer id, or merge them: ${merges}`);
  }
  return first;
}
