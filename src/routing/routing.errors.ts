import { NotFound, Unprocessable } from '../common/errors/app-error.js';

export class RoutingRuleNotFound extends NotFound {
  constructor() {
    super('routing rule', 'routing_rule_not_found');
  }
}

export class InvalidRoutingRule extends Unprocessable {
  constructor(message: string) {
    super(message, 'invalid_routing_rule');
  }
}

export class RoutingRuleLimitReached extends Unprocessable {
  constructor(max: number) {
    super(`a project can have at most ${max} routing rules`, 'routing_rule_limit_reached');
  }
}
