import { Alert, Button, Modal, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { fieldErrorsFor, problemMessage } from '../../../lib/problem';
import { CATEGORY_LABELS, type CatalogueCategory, useCreateCatalogueItem } from '../api/catalogue';
import { useTranslation } from 'react-i18next';

const FIELDS = ['title', 'description', 'category', 'cost', 'stock', 'yearlyLimit', 'charities'] as const;

/** A new catalogue item; errors in words next to each field. */
export function CatalogueItemForm({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('catalogue');
  const create = useCreateCatalogueItem();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [category, setCategory] = useState<CatalogueCategory>('gift_card');
  const [cost, setCost] = useState<number | string>(100);
  const [stock, setStock] = useState<number | string>('');
  const [yearlyLimit, setYearlyLimit] = useState<number | string>('');
  const [charities, setCharities] = useState('');
  const { fields, unmatched } = fieldErrorsFor(create.error, FIELDS);
  const optional = (value: number | string) => (value === '' ? null : Number(value));

  const submit = () =>
    create.mutate(
      {
        title: title.trim(),
        description: description.trim(),
        category,
        cost: Number(cost),
        stock: optional(stock),
        yearlyLimit: optional(yearlyLimit),
        charities:
          category === 'charity_donation'
            ? charities
                .split(',')
                .map((c) => c.trim())
                .filter(Boolean)
            : [],
      },
      {
        onSuccess: () => {
          setTitle('');
          setDescription('');
          onClose();
        },
      },
    );

  return (
    <Modal opened={opened} onClose={onClose} title={t('form.title')} closeButtonProps={{ 'aria-label': t('close') }}>
      <Stack>
        <TextInput
          label={t('form.itemTitle')}
          required
          maxLength={120}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={fields.title}
          data-autofocus
        />
        <Textarea
          label={t('form.description')}
          autosize
          minRows={2}
          maxLength={2000}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={fields.description}
        />
        <Select
          label={t('form.category')}
          data={Object.entries(CATEGORY_LABELS).map(([value, key]) => ({ value, label: t(key) }))}
          value={category}
          onChange={(v) => setCategory((v ?? 'gift_card') as CatalogueCategory)}
          allowDeselect={false}
          error={fields.category}
        />
        {category === 'charity_donation' && (
          <TextInput
            label={t('form.charities')}
            description={t('form.charitiesHelp')}
            value={charities}
            onChange={(e) => setCharities(e.currentTarget.value)}
            error={fields.charities}
          />
        )}
        <NumberInput
          label={t('form.cost')}
          required
          min={1}
          max={1_000_000}
          allowDecimal={false}
          allowNegative={false}
          value={cost}
          onChange={setCost}
          error={fields.cost}
        />
        <NumberInput
          label={t('form.stock')}
          description={t('form.stockHelp')}
          min={0}
          allowDecimal={false}
          allowNegative={false}
          value={stock}
          onChange={setStock}
          error={fields.stock}
        />
        <NumberInput
          label={t('form.yearlyLimit')}
          description={t('form.yearlyLimitHelp')}
          min={1}
          max={1000}
          allowDecimal={false}
          allowNegative={false}
          value={yearlyLimit}
          onChange={setYearlyLimit}
          error={fields.yearlyLimit}
        />
        {(unmatched.length > 0 || (create.error && !Object.keys(fields).length)) && (
          <Alert color="red" role="alert">
            {unmatched.length ? unmatched.join(' ') : problemMessage(create.error)}
          </Alert>
        )}
        <Button onClick={submit} loading={create.isPending} disabled={!title.trim() || cost === ''}>
          {t('form.submit')}
        </Button>
      </Stack>
    </Modal>
  );
}
