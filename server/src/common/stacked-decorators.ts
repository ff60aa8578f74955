import { applyDecorators } from '@nestjs/common';

/**
 * Decorators listed as they would stand above a member, applied as TypeScript applies those: from the bottom up.
 * So a composed decorator gives what the stack it replaces gave: validation messages in the same order, OpenAPI
 * entries in the same order.
 */
export const stackedDecorators = (...decorators: Array<ClassDecorator | MethodDecorator | PropertyDecorator>) => applyDecorators(...[...decorators].reverse());
