import { RoutingRuleResponse } from './dto/routing-rule.dto.js';
import { RoutingRule } from './routing-rule.entity.js';

export function toRoutingRuleResponse(rule: RoutingRule): RoutingRuleResponse {
  return {
    id: rule.id,
    name: rule.name,
    condition: { ...rule.condition },
    action: { ...rule.action },
    order_index: rule.orderIndex,
    enabled: rule.enabled,
    created_at: rule.createdAt.toISOString(),
    updated_at: rule.updatedAt.toISOString(),
  };
}
